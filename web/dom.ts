/**
 * DOM helpers
 *
 * One small element factory so every view file builds markup the same safe way: attributes through
 * setAttribute, text through text nodes. There is deliberately no way to pass HTML: labels, aliases
 * and sentences come from untrusted text.
 */

type Child = Node | string | null | undefined | false;

/** Creates `<tag>` with attributes (values as strings; `true` for a bare attribute) and children. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number | boolean | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    node.setAttribute(name, value === true ? '' : String(value));
  }
  append(node, ...children);
  return node;
}

/** Appends children; strings become text nodes. */
export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

/** The element with this id, or an error naming it (the page's markup is ours, so this is a bug). */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`web: missing element #${id}`);
  return node as T;
}
