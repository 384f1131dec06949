/**
 * Resolve
 *
 * Clusters one document's mentions into entities. People: a shorter name whose words are part of a
 * longer one ("Varga" ⊂ "Tomas Varga", "Al Nuri" ⊂ "Karim al-Nuri") joins it, spelling
 * variants fold (hyphens, case, apostrophes). Places and organizations: gazetteer labels, acronyms
 * whose letters are the initials of a name in the document, and "Name (Other Name)" pairs. Titles:
 * bound to a name by the sentence ("Chile's Prime Minister Karim al-Nuri"), or else to the
 * person already bound to the same role ("the Chilean Prime Minister"), or else to the place the
 * title names ("Norway's prime minister" → Norway) so an event still has its actor.
 */

import { normalizeName, slugify } from '../../graph/index.ts';
import type { EntityKind, Span } from '../../graph/types.ts';
import { NAME_CONNECTIVES } from '../../graph/words.ts';
import { GIVEN_NAME_SET, NAME_PARTICLES } from '../lexicon/names.ts';
import { ROLE_MODIFIERS, type RoleRelation } from '../lexicon/titles.ts';
import { isFirstName } from '../nlp/compromise.ts';
import type { Entity, Mention, MentionForm } from '../types.ts';
import type { Candidate } from './mentions.ts';

/** A candidate with the sentence it was found in. */
export interface Located extends Candidate {
  sentence: number;
}

/** A role stated for an entity: the evidence for leader_of / member_of. */
export interface RoleFact {
  person: string;
  target: string;
  relation: RoleRelation;
  role: string;
  sentence: number;
  roleSpan: Span;
  personSpan: Span;
  targetSpan: Span;
}

export interface Resolution {
  mentions: Mention[];
  entities: Entity[];
  roles: RoleFact[];
  /** Entity id of each located candidate (same order), or null when it resolved to nothing. */
  entityOf: Map<Candidate, string>;
}

const roleModifiers: ReadonlySet<string> = new Set(ROLE_MODIFIERS);

function words(text: string): string[] {
  return normalizeName(text).split(' ').filter(Boolean);
}

function contentWords(text: string): string[] {
  return words(text).filter((w) => !NAME_PARTICLES.has(w));
}

function initials(text: string): string {
  return text
    .split(/[\s-]+/)
    .filter((w) => w && !NAME_CONNECTIVES.has(w.toLowerCase()))
    .map((w) => w[0]!.toUpperCase())
    .join('');
}

/** True when a word is a given name of our table or of compromise's lexicon. */
function isGivenName(word: string): boolean {
  return GIVEN_NAME_SET.has(word.toLowerCase()) || isFirstName(word);
}

/**
 * Modifiers that name another post: the vice president is not the president, nor the deputy
 * minister the minister.
 */
const SECOND_POST: ReadonlySet<string> = new Set(['vice', 'deputy']);

/**
 * A role without the modifiers that leave the post the same ("former Vice President" → "vice
 * president", "acting President" → "president"), for matching titles.
 */
function roleHead(role: string): string {
  return role
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => SECOND_POST.has(w) || !roleModifiers.has(w))
    .join(' ');
}

/**
 * A title of post `head` may stand for the holder of post `bound`: the same post, or a longer name
 * of it ("the minister" for the prime minister), never a second post's ("the president" is not the
 * vice president).
 */
function samePost(bound: string, head: string): boolean {
  if (bound === head) return true;
  if (!bound.endsWith(` ${head}`)) return false;
  return !bound.split(' ').some((w) => SECOND_POST.has(w));
}

interface Cluster {
  kind: EntityKind;
  names: Located[];
  titles: Located[];
  key: string;
  canonical?: string;
}

/** Resolves the located candidates of one document into entities and mentions. */
export function resolve(docId: string, text: string, cands: Located[]): Resolution {
  const clusters: Cluster[] = [];
  const byKey = new Map<string, Cluster>();
  const clusterOf = new Map<Candidate, Cluster>();
  const get = (kind: EntityKind, key: string, canonical?: string): Cluster => {
    const k = `${kind}|${key}`;
    let c = byKey.get(k);
    if (!c) {
      c = { kind, names: [], titles: [], key: k };
      if (canonical) c.canonical = canonical;
      byKey.set(k, c);
      clusters.push(c);
    }
    return c;
  };
  const names = cands.filter((c) => c.form !== 'title');

  // Places and organizations by canonical or normalized name; "X (Y)" pairs join.
  for (const c of names) {
    if (c.kind === 'person') continue;
    if (c.form === 'acronym' && !c.canonical) continue;
    const cl = get(c.kind, normalizeName(c.canonical ?? text.slice(c.start, c.end)), c.canonical);
    cl.names.push(c);
    clusterOf.set(c, cl);
  }
  // Acronyms: the initials of an organization named in the document, else their own entity
  for (const c of names) {
    if (c.form !== 'acronym' || c.canonical) continue;
    const acr = text.slice(c.start, c.end).replace(/\./g, '');
    const expansion = clusters.find(
      (cl) =>
        cl.kind === 'organization' &&
        cl.names.some((n) => n.form === 'name' && initials(text.slice(n.start, n.end)) === acr),
    );
    if (expansion) {
      expansion.names.push(c);
      clusterOf.set(c, expansion);
    } else if (c.strong) {
      const cl = get('organization', normalizeName(acr));
      cl.names.push(c);
      clusterOf.set(c, cl);
    }
  }
  const initialisms = joinParentheticals(text, names, clusterOf, clusters);

  // People: longest names first seed clusters, shorter names join the one that contains them.
  const people = names
    .filter((c) => c.kind === 'person')
    .sort(
      (a, b) =>
        contentWords(text.slice(b.start, b.end)).length - contentWords(text.slice(a.start, a.end)).length ||
        a.start - b.start,
    );
  const personClusters: { cl: Cluster; words: Set<string>; first: string; last: string }[] = [];
  const ambiguous = new Set<Candidate>();
  for (const c of people) {
    const w = contentWords(text.slice(c.start, c.end));
    if (w.length === 0) continue;
    // a single word is the surname or the given name of a full name introduced in the document
    const fits = personClusters.filter(
      (p) =>
        w.every((x) => p.words.has(x)) &&
        (w.length > 1 || w[0] === p.last || w[0] === p.first || p.words.size === 1),
    );
    // "Berg" after "Anna Berg" and "Olaf Berg": either could be meant, so neither is
    if (w.length === 1 && fits.length > 1) {
      ambiguous.add(c);
      continue;
    }
    let target = fits[0];
    if (fits.length > 1) {
      // the cluster mentioned most recently before this mention
      const before = (p: (typeof fits)[number]) =>
        Math.max(-1, ...p.cl.names.filter((n) => n.start < c.start).map((n) => n.start));
      target = fits.sort((a, b) => before(b) - before(a))[0];
    }
    if (!target) {
      const cl = get('person', w.join(' '));
      target = { cl, words: new Set(w), first: w[0]!, last: w[w.length - 1]! };
      personClusters.push(target);
    }
    target.cl.names.push(c);
    clusterOf.set(c, target.cl);
  }

  // Initials introduced for a person stand for that person wherever they come back.
  for (const { person, cluster } of initialisms) {
    const pc = clusterOf.get(person);
    if (!pc || !clusters.includes(cluster)) continue;
    for (const n of cluster.names) {
      n.kind = 'person';
      pc.names.push(n);
      clusterOf.set(n, pc);
    }
    cluster.names = [];
    clusters.splice(clusters.indexOf(cluster), 1);
  }

  // Titles bound in their sentence, then the rest by role.
  const titles = cands.filter((c) => c.form === 'title');
  const bindings: { head: string; qualifier: Cluster | undefined; cl: Cluster; start: number }[] = [];
  /** A title given to a holder. */
  const bind = (t: Located, cl: Cluster) => {
    cl.titles.push(t);
    clusterOf.set(t, cl);
  };
  for (const t of titles) {
    const cl = t.names ? clusterOf.get(t.names) : undefined;
    if (!cl || !t.role) continue;
    bind(t, cl);
    bindings.push({
      head: roleHead(t.role),
      qualifier: t.qualifier ? clusterOf.get(t.qualifier) : undefined,
      cl,
      start: t.start,
    });
  }
  for (const t of titles) {
    if (clusterOf.has(t) || !t.role) continue;
    const head = roleHead(t.role);
    if (t.names) {
      // a title that names its holder is no one else's: "President Kennedy" where "Kennedy" could be
      // either of two people is the one of them holding the post, or no one
      const surname = contentWords(text.slice(t.names.start, t.names.end)).at(-1);
      const holders = new Set(
        bindings
          .filter(
            (b) =>
              samePost(b.head, head) &&
              b.cl.names.some((n) => contentWords(text.slice(n.start, n.end)).includes(surname ?? '')),
          )
          .map((b) => b.cl),
      );
      const [holder] = holders;
      if (holder && holders.size === 1) {
        bind(t, holder);
        if (ambiguous.delete(t.names)) {
          holder.names.push(t.names as Located); // one of the candidates, so located
          clusterOf.set(t.names, holder);
        }
      }
      continue;
    }
    const q = t.qualifier ? clusterOf.get(t.qualifier) : undefined;
    // a post of a named organization is no post of a holder named with a bare title ("President
    // A … B is president of the P Club"); a country's may be ("President A … the president of C")
    const fits = bindings.filter(
      (b) =>
        samePost(b.head, head) && (!q || b.qualifier === q || (!b.qualifier && q.kind !== 'organization')),
    );
    // a bare title is first a holder's named with a bare title ("President A … Tunisian President
    // B … the President" is A)
    const bare = !q && fits.some((b) => !b.qualifier) ? fits.filter((b) => !b.qualifier) : fits;
    const prior = bare.filter((b) => b.start < t.start);
    const best = (prior.length > 0 ? prior[prior.length - 1] : bare[0])?.cl;
    if (best) bind(t, best);
    else if (q) {
      clusterOf.set(t, q);
    }
  }
  return finish(docId, text, cands, clusters, clusterOf, ambiguous);
}

/**
 * "Jaysh al Nasr (Chilean Popular Defence Force)": the two names are one entity. Returns the
 * people whose initials the text introduces in brackets, with the cluster those initials formed.
 */
function joinParentheticals(
  text: string,
  names: Located[],
  clusterOf: Map<Candidate, Cluster>,
  clusters: Cluster[],
): { person: Located; cluster: Cluster }[] {
  const initialisms: { person: Located; cluster: Cluster }[] = [];
  for (let i = 0; i + 1 < names.length; i++) {
    const a = names[i]!;
    const b = names[i + 1]!;
    const between = text.slice(a.end, b.start);
    if (!/^\s*\(\s*$/.test(between) || text[b.end] !== ')') continue;
    const ca = clusterOf.get(a);
    const cb = clusterOf.get(b);
    if (cb?.kind !== 'organization') continue;
    // "Robert Kane (RK)": the text introduces a person's initials; they stand for the person
    const acronym = text.slice(b.start, b.end).replace(/\./g, '');
    if (
      !ca &&
      a.kind === 'person' &&
      b.form === 'acronym' &&
      initials(text.slice(a.start, a.end)) === acronym
    ) {
      initialisms.push({ person: a, cluster: cb });
      continue;
    }
    // "Tomas Varga (Freedonia Party)", "Elena Kowal (FP)": a person's name (a given name first)
    // with an organization in brackets is the person and her party, not one name explained by
    // another, unless the brackets give her initials' opening ("Abu Sayyaf (ASG)")
    if (a.kind === 'person' && isGivenName(text.slice(a.start, a.end).split(/\s+/)[0]!)) {
      const written = text.slice(a.start, a.end);
      if (!(b.form === 'acronym' && acronym.startsWith(initials(written)))) continue;
    }
    // "Yvan Varga (Sion)" in a squad list: one word in brackets that is no acronym is the person's
    // club, town or party, not another name for the person (nor one for an organization the
    // person's name was taken for, below: that takes a name of several words, "A (Chilean
    // Popular Defence Force)")
    if (a.kind === 'person' && b.form !== 'acronym' && !/\s/.test(text.slice(b.start, b.end))) continue;
    if (!ca) {
      if (a.kind === 'person' || a.form === 'demonym') {
        // a name compromise took for a person, explained by an organization in brackets
        a.kind = 'organization';
      }
      cb.names.push(a);
      clusterOf.set(a, cb);
      continue;
    }
    if (ca === cb || ca.kind !== 'organization') continue;
    for (const n of cb.names) clusterOf.set(n, ca);
    ca.names.push(...cb.names);
    cb.names = [];
    clusters.splice(clusters.indexOf(cb), 1);
  }
  return initialisms;
}

function finish(
  docId: string,
  text: string,
  cands: Located[],
  clusters: Cluster[],
  clusterOf: Map<Candidate, Cluster>,
  ambiguous: ReadonlySet<Candidate>,
): Resolution {
  const entities: Entity[] = [];
  const idOf = new Map<Cluster, string>();
  const used = new Set<string>();
  for (const cl of clusters) {
    if (cl.names.length === 0) continue;
    const label = cl.canonical ?? bestLabel(text, cl);
    let id = `${cl.kind}/${slugify(label)}`;
    for (let n = 2; used.has(id); n++) id = `${cl.kind}/${slugify(label)}-${n}`;
    used.add(id);
    idOf.set(cl, id);
    const aliases = new Set<string>([label]);
    for (const n of cl.names) {
      aliases.add(text.slice(n.start, n.end));
      // "Ayatollah Rahimi", "Mr. Karim al-Nuri": how the text names them, honorific and all
      if (n.honorificStart !== undefined) aliases.add(text.slice(n.honorificStart, n.end));
    }
    const titles = new Set<string>();
    for (const t of cl.titles) titles.add(text.slice(t.start, t.end).replace(/^(the|The)\s+/, ''));
    for (const t of titles) aliases.add(t);
    entities.push({
      id,
      kind: cl.kind,
      label,
      aliases: [...aliases].sort(),
      titles: [...titles].sort(),
      mentionCount: 0,
      mentions: [],
    });
  }
  const byId = new Map(entities.map((e) => [e.id, e]));
  const mentions: Mention[] = [];
  const entityOf = new Map<Candidate, string>();
  for (const c of cands) {
    const cl = clusterOf.get(c);
    const id = cl ? idOf.get(cl) : undefined;
    if (!id) {
      // a name that could be either of two people: a mention of no entity
      if (ambiguous.has(c)) {
        const m: Mention = {
          docId,
          start: c.start,
          end: c.end,
          text: text.slice(c.start, c.end),
          kind: c.kind,
          sentence: c.sentence,
          form: c.form as MentionForm,
        };
        mentions.push(m);
      }
      continue;
    }
    entityOf.set(c, id);
    const kind = c.form === 'title' ? byId.get(id)!.kind : c.kind;
    const m: Mention = {
      docId,
      start: c.start,
      end: c.end,
      text: text.slice(c.start, c.end),
      kind,
      sentence: c.sentence,
      form: c.form as MentionForm,
      entity: id,
    };
    if (c.role) m.role = c.role;
    mentions.push(m);
    const e = byId.get(id)!;
    e.mentions.push(m);
    e.mentionCount++;
  }
  mentions.sort((a, b) => a.start - b.start || a.end - b.end);
  const roles: RoleFact[] = [];
  for (const c of cands) {
    if (c.form !== 'title' || !c.role || !c.roleSpan || !c.roleRelation || !c.qualifier) continue;
    const person = entityOf.get(c);
    const target = entityOf.get(c.qualifier);
    if (!person || !target || person === target || byId.get(person)?.kind !== 'person') continue;
    const personSpan: Span = c.names ? [c.names.start, c.names.end] : [c.start, c.end];
    roles.push({
      person,
      target,
      relation: c.roleRelation,
      role: c.role,
      sentence: c.sentence,
      roleSpan: c.roleSpan,
      personSpan,
      targetSpan: [c.qualifier.start, c.qualifier.end],
    });
  }
  return { mentions, entities, roles, entityOf };
}

/**
 * The most name-like surface form: the name with the most words (hyphenated particles count as
 * words, so "al-Nuri" and "al Nuri" weigh the same), then the most frequent spelling, then the
 * first seen.
 */
function bestLabel(text: string, cl: Cluster): string {
  const count = new Map<string, number>();
  for (const n of cl.names) {
    if (n.form === 'demonym') continue;
    const s = text.slice(n.start, n.end);
    count.set(s, (count.get(s) ?? 0) + 1);
  }
  let best = '';
  let bestScore: [number, number] = [-1, -1];
  for (const [s, freq] of count) {
    const score: [number, number] = [words(s).length, freq];
    if (score[0] > bestScore[0] || (score[0] === bestScore[0] && score[1] > bestScore[1])) {
      best = s;
      bestScore = score;
    }
  }
  return best || text.slice(cl.names[0]!.start, cl.names[0]!.end);
}
