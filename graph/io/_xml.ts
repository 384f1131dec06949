/**
 * XML text safety (internal)
 *
 * Everything in a graph came from untrusted articles. Before any string goes into XML it loses the
 * characters XML 1.0 cannot carry at all (NUL, most C0 controls, lone surrogates, U+FFFE/U+FFFF),
 * and what we write by hand is escaped so markup in a label stays text.
 */

/** Characters outside XML 1.0's Char production. */
const INVALID_XML = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** `text` without the characters XML 1.0 forbids. */
export function xmlSafe(text: string): string {
  return text.replace(INVALID_XML, '');
}

/**
 * NEL and LINE SEPARATOR: XML 1.1 line ends, which @xmldom/xmldom turns into "\n" across the whole
 * source before parsing. As character references they survive.
 */
const XML11_LINE_ENDS = /[\u0085\u2028]/g;

/** `xml` with raw NEL / LINE SEPARATOR characters written as character references. */
export function escapeLineEnds(xml: string): string {
  return xml.replace(XML11_LINE_ENDS, (c) => `&#x${c.charCodeAt(0).toString(16).toUpperCase()};`);
}

const ATTRIBUTE_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#x9;',
  '\n': '&#xA;',
  '\r': '&#xD;',
};

/** Escapes a value for a double- or single-quoted attribute, keeping tabs and line breaks. */
export function escapeAttribute(value: string): string {
  return escapeLineEnds(xmlSafe(value).replace(/[&<>"'\t\n\r]/g, (c) => ATTRIBUTE_ESCAPES[c] ?? c));
}

/** Escapes element text content, keeping carriage returns (which XML would otherwise fold). */
export function escapeText(value: string): string {
  return escapeLineEnds(xmlSafe(value).replace(/[&<>\r]/g, (c) => ATTRIBUTE_ESCAPES[c] ?? c));
}

/** True when `text`, past a BOM and white space, ends with the closing tag of `root` (not truncated). */
export function endsWithRoot(text: string, root: string): boolean {
  return new RegExp(`</(?:[\\w.-]+:)?${root}>\\s*$`).test(text);
}
