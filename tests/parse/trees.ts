/** Dependency trees for the parser's tests: written by hand, and checked. */

/**
 * A parse written one word a line as "word UPOS XPOS head deprel", or "word UPOS head deprel" where
 * the fine tag does not matter (then XPOS repeats UPOS); head -1 for the root.
 */
export function parseTable(text: string) {
  const rows = text
    .trim()
    .split('\n')
    .map((l) => l.trim().split(/\s+/));
  const fine = (r: string[]) => r.length >= 5;
  return {
    words: rows.map((r) => r[0] as string),
    upos: rows.map((r) => r[1] as string),
    xpos: rows.map((r) => r[fine(r) ? 2 : 1] as string),
    head: rows.map((r) => Number(r[fine(r) ? 3 : 2])),
    deprel: rows.map((r) => r[fine(r) ? 4 : 3] as string),
  };
}

/** True when heads form one tree over the words: one root, every word reaches it, no crossing arcs. */
export function wellFormed(heads: ArrayLike<number>): { ok: boolean; why?: string } {
  const n = heads.length;
  const roots = Array.from(heads).filter((h) => h === -1).length;
  if (n > 0 && roots !== 1) return { ok: false, why: `${roots} roots` };
  for (let i = 0; i < n; i++) {
    const h = heads[i] as number;
    if (h < -1 || h >= n || h === i) return { ok: false, why: `word ${i} has head ${h}` };
    let j = i;
    for (let steps = 0; j !== -1; steps++) {
      if (steps > n) return { ok: false, why: `cycle through ${i}` };
      j = heads[j] as number;
    }
  }
  for (let i = 0; i < n; i++) {
    const h = heads[i] as number;
    if (h < 0) continue;
    const [a, b] = i < h ? [i, h] : [h, i];
    for (let k = a + 1; k < b; k++) {
      let j = k;
      while (j !== -1 && j !== h) j = heads[j] as number;
      if (j !== h) return { ok: false, why: `arc ${h}→${i} is not projective` };
    }
  }
  return { ok: true };
}
