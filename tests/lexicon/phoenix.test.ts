/**
 * Phoenix tables: the generator on an invented fixture (deterministic, rules applied) and the
 * committed tables (known lookups, no duplicates, banners, size budget). Neither needs
 * ../shared: the fixture lives in tests/fixtures/phoenix, the committed test reads committed files.
 */

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFromFolder, frontCode, renderTables, SOURCE_COMMIT } from '../../scripts/data/phoenix.ts';
import { AGENTS } from '../../src/lexicon/phoenix/agents.ts';
import {
  decodeFrontCoded,
  isAgentNoun,
  isKnownPersonName,
  knownOrganization,
  MAX_PHOENIX_WORDS,
  phoenixCounts,
} from '../../src/lexicon/phoenix/index.ts';
import { ARMED_GROUPS, COMPANIES, IGOS, NGOS } from '../../src/lexicon/phoenix/organizations.ts';
import { PARTIES } from '../../src/lexicon/phoenix/parties.ts';
import { PERSONS } from '../../src/lexicon/phoenix/persons.ts';

const root = new URL('../..', import.meta.url).pathname;
const fixture = join(root, 'tests/fixtures/phoenix');
const opts = { commonWords: new Set(['action']) };

describe('phoenix generator on the invented fixture', () => {
  const tables = buildFromFolder(fixture, opts);

  it('is deterministic', () => {
    const again = buildFromFolder(fixture, opts);
    expect(again).toEqual(tables);
    expect([...renderTables(again)]).toEqual([...renderTables(tables)]);
  });

  it('keeps personal names and drops titles, initials and one-word names', () => {
    expect(tables.persons).toEqual([
      'greta vossberg',
      'ivan grimwald',
      'oskar marten blum',
      'rufus firefly',
      'zelda quimby vanterpool',
    ]);
  });

  it.each([
    ['Freedonian Liberty Party', 'party', 'FRD', ['flp', 'liberty party of freedonia']],
    ['Democratic Party', 'party', '', []],
    ['Global Puffin Agency', 'igo', '', ['gpa', 'the global puffin agency']],
    ['Friends of the Puffin Society', 'ngo', '', []],
    ['Acme Widgets', 'company', '', ['acme widgets inc']],
    ['Northern Wolves Brigade', 'armed', '', ['nwb', 'wolves of the north']],
    ['Sylvania Freedom Front', 'armed', '', ['sff']],
  ])('%s is a %s', (label, kind, country, names) => {
    expect(tables.orgs.find((o) => o.label === label)).toEqual({ label, kind, country, names });
  });

  it('leaves out offices, small companies, common words and leaders listed under a group', () => {
    const all = tables.orgs.flatMap((o) => [o.label.toLowerCase(), ...o.names]);
    for (const name of ['tiny gadgets', 'action', 'ivan grimwald', 'grimwald', 'gpa secretary general']) {
      expect(all).not.toContain(name);
    }
    expect(tables.orgs).toHaveLength(7);
  });

  it('expands agent phrases, substitution sets and plurals', () => {
    expect(tables.agents).toEqual([
      'attorney general',
      'attorneys general',
      'boss',
      'bosses',
      'democratic parties',
      'democratic party',
      'firefighters',
      'foreign minister',
      'foreign ministers',
      'militiaman',
      'militiamen',
      'police',
      'rebel',
      'rebels',
    ]);
  });

  it('front coding round-trips', () => {
    const rows = ['abu', 'abu bakr', 'abud', 'b', 'ba'];
    expect(frontCode(rows)).toEqual(['0abu', '3 bakr', '3d', '0b', '1a']);
    expect(decodeFrontCoded(frontCode(rows).join('\n'))).toEqual(rows);
  });

  it('the command writes the same files twice', () => {
    const dirs = [0, 1].map(() => mkdtempSync(join(tmpdir(), 'phoenix-')));
    try {
      for (const out of dirs) {
        execFileSync(
          process.execPath,
          ['--import', 'tsx', 'scripts/data/phoenix.ts', '--from', fixture, '--out', out],
          {
            cwd: root,
            stdio: 'pipe',
          },
        );
      }
      const [a, b] = dirs.map((d) => readdirSync(d).map((f) => readFileSync(join(d, f), 'utf8')));
      expect(readdirSync(dirs[0]!).sort()).toEqual([
        'agents.ts',
        'organizations.ts',
        'parties.ts',
        'persons.ts',
      ]);
      expect(a).toEqual(b);
    } finally {
      for (const d of dirs) rmSync(d, { recursive: true, force: true });
    }
  });
});

describe('committed phoenix tables', () => {
  it.each([
    ['un', 'United Nations', 'igo'],
    ['u.n.', 'United Nations', 'igo'],
    ['United Nations', 'United Nations', 'igo'],
    ['nato', 'North Atlantic Treaty Organization', 'igo'],
    ['iaea', 'International Atomic Energy Agency', 'igo'],
    ['imf', 'International Monetary Fund', 'igo'],
    ['icrc', 'International Committee of the Red Cross', 'ngo'],
    ['hezbollah', 'Hezbollah', 'armed'],
    ['al-qaeda', "Al Qa'ida", 'armed'],
    ['taliban', 'Taliban', 'armed'],
    ['democratic party', 'Democratic Party', 'party'],
    ['chinese communist party', 'Communist Party of China', 'party'],
    ['exxon mobil', 'Exxon Mobil', 'company'],
  ])('%s → %s (%s)', (name, label, kind) => {
    expect(knownOrganization(name)).toMatchObject({ label, kind });
  });

  it('gives parties their country and ignores unknown or ambiguous names', () => {
    expect(knownOrganization('communist party of china')?.country).toBe('CHN');
    expect(knownOrganization('who')).toBeNull();
    expect(knownOrganization('un secretary general')).toBeNull();
  });

  it.each(['ashraf ghani', 'hamid karzai', 'ban ki-moon', 'angela merkel'])('%s is a person', (name) => {
    expect(isKnownPersonName(name)).toBe(true);
  });

  it.each(['united nations', 'president', 'foreign minister', 'ghani'])('%s is no person', (name) => {
    expect(isKnownPersonName(name)).toBe(false);
  });

  it.each(['police', 'rebels', 'minister', 'foreign minister', 'soldiers'])('%s is an agent noun', (noun) => {
    expect(isAgentNoun(noun)).toBe(true);
  });

  it('has sorted tables without duplicates', () => {
    for (const text of [PERSONS, AGENTS]) {
      const rows = decodeFrontCoded(text);
      expect(rows).toEqual([...new Set(rows)].sort());
    }
    for (const text of [IGOS, NGOS, COMPANIES, ARMED_GROUPS]) {
      const rows = decodeFrontCoded(text);
      const labels = rows.map((r) => r.split('|')[0]!);
      expect(labels).toEqual([...new Set(labels)].sort());
      for (const r of rows) {
        const names = r.split('|').slice(1);
        expect(names).toEqual([...new Set(names)].sort());
      }
    }
    const partyNames = PARTIES.split('\n')
      .filter(Boolean)
      .flatMap((l) => l.split('|').slice(1));
    expect(new Set(partyNames.map((n) => n.toLowerCase())).size).toBe(partyNames.length);
  });

  it('counts what it holds and states its longest name', () => {
    const counts = phoenixCounts();
    expect(counts.persons).toBeGreaterThan(10_000);
    expect(counts.party).toBeGreaterThan(3);
    expect(counts.armed).toBeGreaterThan(500);
    const longest = Math.max(
      ...[PERSONS, AGENTS].flatMap((t) => decodeFrontCoded(t).map((r) => r.split(' ').length)),
    );
    expect(MAX_PHOENIX_WORDS).toBeGreaterThanOrEqual(longest);
  });

  it('keeps the attribution in every generated file and stays under the size budget', () => {
    const dir = join(root, 'src/lexicon/phoenix');
    let total = 0;
    for (const f of ['persons.ts', 'parties.ts', 'organizations.ts', 'agents.ts']) {
      const text = readFileSync(join(dir, f), 'utf8');
      expect(text.startsWith('/**')).toBe(true);
      expect(text).toContain('Copyright (c) 2014 Open Event Data');
      expect(text).toContain(SOURCE_COMMIT);
      expect(text).toContain('MIT');
      total += statSync(join(dir, f)).size;
    }
    expect(readFileSync(join(dir, 'LICENSE'), 'utf8')).toContain('Copyright (c) 2014 Open Event Data');
    expect(total).toBeLessThan(400_000);
  });
});
