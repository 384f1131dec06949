/**
 * The argument parser
 *
 * Table-driven checks of parseArgs: option forms, defaults, types, choices and every usage error.
 */

import { describe, expect, it } from 'vitest';
import { UsageError } from '../../graph/errors.ts';
import { type CommandSpec, formatUsage, parseArgs } from '../../src/cli/args.ts';

const spec = {
  name: 'demo',
  summary: 'A demo command.',
  synopsis: 'demo <files...>',
  positionals: { min: 1, max: 3, description: 'one to three files' },
  options: {
    out: { type: 'string', short: 'o', description: 'output' },
    depth: { type: 'number', min: 1, max: 5, default: 1, description: 'depth' },
    mode: { type: 'string', choices: ['a', 'b'], default: 'a', description: 'mode' },
    json: { type: 'boolean', description: 'json' },
  },
} satisfies CommandSpec;

describe('parseArgs', () => {
  it.each([
    [['x'], { positionals: ['x'], out: undefined, depth: 1, mode: 'a', json: false }],
    [['x', '-o', 'g.json', '--json'], { positionals: ['x'], out: 'g.json', depth: 1, mode: 'a', json: true }],
    [
      ['--depth=3', 'x', 'y', '--mode', 'b'],
      { positionals: ['x', 'y'], out: undefined, depth: 3, mode: 'b', json: false },
    ],
    [['-', '-o', '-'], { positionals: ['-'], out: '-', depth: 1, mode: 'a', json: false }],
    [['--', '--json'], { positionals: ['--json'], out: undefined, depth: 1, mode: 'a', json: false }],
  ])('%j', (argv, expected) => {
    const { positionals, options } = parseArgs(spec, argv);
    expect({ positionals, ...options }).toEqual(expected);
  });

  it.each([
    [['x', '--nope'], /unknown option --nope/],
    [['x', '-z'], /unknown option -z/],
    [['x', '--out'], /--out needs a value/],
    [['x', '--out', '--json'], /--out needs a value/],
    [['x', '--depth', '0'], /--depth must be an integer 1\.\.5/],
    [['x', '--depth', '2.5'], /--depth must be an integer/],
    [['x', '--mode', 'c'], /--mode must be one of a, b/],
    [['x', '--json=yes'], /--json takes no value/],
    [[], /needs one to three files/],
    [['a', 'b', 'c', 'd'], /unexpected argument "d"/],
  ])('%j is a usage error', (argv, message) => {
    expect(() => parseArgs(spec, argv)).toThrow(UsageError);
    expect(() => parseArgs(spec, argv)).toThrow(message);
  });

  it('--help skips the positional count', () => {
    expect(parseArgs(spec, ['--help']).help).toBe(true);
  });

  it('formats usage from the spec', () => {
    const text = formatUsage(spec);
    expect(text).toMatch(/^Usage: kg demo <files\.\.\.>/);
    expect(text).toMatch(/-o, --out <out>\s+output/);
    expect(text).toMatch(/--depth <n>\s+depth \(default: 1\)/);
    expect(text).toMatch(/--mode <a\|b>/);
  });
});
