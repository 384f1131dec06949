/**
 * Decoding input bytes
 *
 * Turns the bytes of an input file into text, or says precisely why it cannot: a binary file (NUL
 * bytes), invalid UTF-8 (with the byte offset and line of the first bad sequence), or nothing but
 * white space. A UTF-8 byte order mark is dropped so offsets index the text a reader sees.
 */

import { BadInputError } from '../../graph/errors.ts';

const fatalDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** True when the bytes hold a NUL byte, the mark of a binary file (UTF-8 text never has one). */
export function looksBinary(bytes: Uint8Array): boolean {
  return bytes.indexOf(0) !== -1;
}

/**
 * Finds the first invalid UTF-8 sequence: its byte offset, or -1 when the bytes are valid.
 * Only called after the fast decoder failed, so it may be slow.
 */
export function findInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need = 0;
    let min = 0;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else {
      return i;
    }
    if (i + need >= bytes.length) return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** 1-based line number of a byte offset. */
function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/**
 * Decodes a whole input file. `name` is how errors name the file; `lineBase` shifts reported line
 * numbers when the bytes are one line of a larger file (JSONL).
 * @throws BadInputError for binary data, invalid UTF-8 or (unless `allowEmpty`) blank text.
 */
export function decodeText(
  bytes: Uint8Array,
  name: string,
  options: { allowEmpty?: boolean; line?: number; byteBase?: number } = {},
): string {
  if (looksBinary(bytes)) {
    const at = bytes.indexOf(0) + (options.byteBase ?? 0);
    const what = options.line === undefined ? `${name}: binary file` : `${name}:${options.line}: binary data`;
    throw new BadInputError(`${what}, not text (NUL byte at byte ${at})`);
  }
  let text: string;
  try {
    text = fatalDecoder.decode(bytes);
  } catch (cause) {
    const bad = Math.max(0, findInvalidUtf8(bytes));
    const line = options.line ?? lineOfByte(bytes, bad);
    const at = bad + (options.byteBase ?? 0);
    throw new BadInputError(`${name}:${line}: invalid UTF-8 (bad byte 0x${hex(bytes[bad])} at byte ${at})`, {
      cause,
    });
  }
  if (!options.allowEmpty && text.trim() === '') {
    throw new BadInputError(`${name}: empty file`);
  }
  return text;
}

function hex(b: number | undefined): string {
  return (b ?? 0).toString(16).padStart(2, '0');
}
