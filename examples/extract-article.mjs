/**
 * Example: the entities and relations of one text, with offsets
 *
 * `node examples/extract-article.mjs [article.txt]` — runs the extraction on one article (the
 * bundled sample by default) and prints each entity with its kind and aliases, then each relation
 * with the exact text of its trigger, found by its character offsets.
 */

import { readFileSync } from 'node:fs';
import { extract } from 'kg-builder/extract';

const file =
  process.argv[2] ?? new URL('samples/iran-iraq-meeting.txt', import.meta.resolve('kg-builder/package.json'));
const text = readFileSync(file, 'utf8');
const { entities, relations } = extract(text, { id: 'article' });
const labels = new Map(entities.map((e) => [e.id, e.label]));
for (const e of entities) console.log(`${e.kind}\t${e.label}\t${e.aliases.join('; ')}`);
for (const r of relations) {
  const ev = r.evidence[0];
  const trigger = ev ? text.slice(ev.triggerSpan[0], ev.triggerSpan[1]) : '';
  console.log(`${labels.get(r.source)} -[${r.relation}: "${trigger}"]-> ${labels.get(r.target)}`);
}
