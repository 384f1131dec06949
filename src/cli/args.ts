/**
 * Command-line arguments
 *
 * A small typed argument parser, no dependency. Each command declares a spec: its positionals and
 * its options (type, short flag, default, description). `parseArgs` checks the command line
 * against it (unknown option, missing value, bad number, wrong positional count → UsageError) and
 * returns typed values; `formatUsage` renders the same spec as help text, so help never drifts
 * from what is accepted. `--name=value`, `-o value`, `--` (end of options) and `-` (stdin, a
 * positional) are understood.
 */

import { UsageError } from '../../graph/errors.ts';

interface BaseOption {
  /** One-letter alias, without the dash (`o` for `-o`). */
  short?: string;
  description: string;
  /** Placeholder in help text (`<file>`). */
  valueName?: string;
}

export interface StringOption extends BaseOption {
  type: 'string';
  default?: string;
  /** Accepted values, when the option is an enumeration. */
  choices?: readonly string[];
}

export interface NumberOption extends BaseOption {
  type: 'number';
  default?: number;
  /** Smallest accepted value. @default 0 */
  min?: number;
  max?: number;
  /** Only whole numbers. @default true */
  integer?: boolean;
}

export interface BooleanOption extends BaseOption {
  type: 'boolean';
}

export type OptionSpec = StringOption | NumberOption | BooleanOption;

export interface CommandSpec {
  name: string;
  /** One line for the command list. */
  summary: string;
  /** The synopsis after `kg ` (`build <inputs...> -o <graph.json>`). */
  synopsis: string;
  /** Further lines of help (examples, notes). */
  details?: string[];
  positionals: { min: number; max: number; description: string };
  options: Record<string, OptionSpec>;
}

type ValueOf<O extends OptionSpec> = O extends BooleanOption
  ? boolean
  : O extends NumberOption
    ? O['default'] extends number
      ? number
      : number | undefined
    : O extends StringOption
      ? O['default'] extends string
        ? string
        : string | undefined
      : never;

/** The parsed values of a spec's options, typed from the spec. */
export type OptionValues<S extends CommandSpec> = { [K in keyof S['options']]: ValueOf<S['options'][K]> };

export interface ParsedArgs<S extends CommandSpec> {
  positionals: string[];
  options: OptionValues<S>;
  /** `--help` / `-h` was given: the caller prints help and ignores the rest. */
  help: boolean;
}

/**
 * Parses `argv` (the words after the command name) against `spec`.
 * @throws UsageError naming the offending word.
 */
export function parseArgs<S extends CommandSpec>(spec: S, argv: readonly string[]): ParsedArgs<S> {
  const values: Record<string, string | number | boolean | undefined> = {};
  const byShort = new Map<string, string>();
  for (const [name, opt] of Object.entries(spec.options)) {
    values[name] = opt.type === 'boolean' ? false : opt.default;
    if (opt.short) byShort.set(opt.short, name);
  }
  const positionals: string[] = [];
  let help = false;
  let onlyPositionals = false;
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i]!;
    if (onlyPositionals || word === '-' || !word.startsWith('-')) {
      positionals.push(word);
      continue;
    }
    if (word === '--') {
      onlyPositionals = true;
      continue;
    }
    if (word === '--help' || word === '-h') {
      help = true;
      continue;
    }
    let name: string | undefined;
    let inline: string | undefined;
    if (word.startsWith('--')) {
      const eq = word.indexOf('=');
      name = eq === -1 ? word.slice(2) : word.slice(2, eq);
      inline = eq === -1 ? undefined : word.slice(eq + 1);
      if (!Object.hasOwn(spec.options, name)) name = undefined;
    } else if (word.length === 2) {
      name = byShort.get(word.slice(1));
    }
    const opt = name === undefined ? undefined : spec.options[name];
    if (name === undefined || opt === undefined) {
      throw new UsageError(`unknown option ${word.split('=')[0]} for "kg ${spec.name}"`);
    }
    if (opt.type === 'boolean') {
      if (inline !== undefined) throw new UsageError(`option --${name} takes no value`);
      values[name] = true;
      continue;
    }
    let raw = inline;
    if (raw === undefined) {
      const next = argv[i + 1];
      if (next === undefined || (next.startsWith('-') && next !== '-')) {
        throw new UsageError(`option --${name} needs a value ${placeholder(name, opt)}`);
      }
      raw = next;
      i++;
    }
    values[name] = convert(name, opt, raw);
  }
  const { min, max } = spec.positionals;
  if (!help && positionals.length < min) {
    throw new UsageError(`"kg ${spec.name}" needs ${spec.positionals.description}`);
  }
  if (!help && positionals.length > max) {
    throw new UsageError(`"kg ${spec.name}": unexpected argument "${positionals[max]}"`);
  }
  return { positionals, options: values as OptionValues<S>, help };
}

function convert(name: string, opt: StringOption | NumberOption, raw: string): string | number {
  if (opt.type === 'string') {
    if (opt.choices && !opt.choices.includes(raw)) {
      throw new UsageError(`option --${name} must be one of ${opt.choices.join(', ')} (got "${raw}")`);
    }
    return raw;
  }
  const n = Number(raw);
  const min = opt.min ?? 0;
  const integer = opt.integer !== false;
  const whole = integer ? Number.isInteger(n) : Number.isFinite(n);
  if (raw.trim() === '' || !whole || n < min || (opt.max !== undefined && n > opt.max)) {
    const range = opt.max === undefined ? `>= ${min}` : `${min}..${opt.max}`;
    const kind = integer ? 'an integer' : 'a number';
    throw new UsageError(`option --${name} must be ${kind} ${range} (got "${raw}")`);
  }
  return n;
}

function placeholder(name: string, opt: OptionSpec): string {
  if (opt.valueName) return `<${opt.valueName}>`;
  if (opt.type === 'string' && opt.choices) return `<${opt.choices.join('|')}>`;
  return `<${opt.type === 'number' ? 'n' : name}>`;
}

/** Help text of one command: synopsis, details and an aligned option table. */
export function formatUsage(spec: CommandSpec): string {
  const lines = [`Usage: kg ${spec.synopsis}`, '', spec.summary];
  if (spec.details?.length) lines.push('', ...spec.details);
  const rows: [string, string][] = Object.entries(spec.options).map(([name, opt]) => {
    const flag = `${opt.short ? `-${opt.short}, ` : '    '}--${name}`;
    const value = opt.type === 'boolean' ? '' : ` ${placeholder(name, opt)}`;
    const def = opt.type !== 'boolean' && opt.default !== undefined ? ` (default: ${opt.default})` : '';
    return [`${flag}${value}`, `${opt.description}${def}`];
  });
  rows.push(['-h, --help', 'show this help']);
  const width = Math.max(...rows.map(([l]) => l.length));
  lines.push('', 'Options:', ...rows.map(([l, r]) => `  ${l.padEnd(width)}  ${r}`));
  return lines.join('\n');
}
