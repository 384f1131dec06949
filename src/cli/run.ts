/**
 * Running the CLI
 *
 * `runCli(argv, ctx)` picks the command, parses its arguments, runs it and turns every failure
 * into one line on stderr and an exit code: 0 done, 1 failed, 2 usage (with the command's usage
 * after the message). Known failures are KgErrors whose message already names the file; anything
 * else is a bug, reported on one line too (the stack only with KG_DEBUG=1). It never calls
 * process.exit, so tests run it in-process.
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KgError, UsageError } from '../../graph/errors.ts';
import { packageRoot } from '../io/package-root.ts';
import { type CommandSpec, formatUsage, parseArgs } from './args.ts';
import { buildCommand } from './commands/build.ts';
import { evalCommand } from './commands/eval.ts';
import { exportCommand } from './commands/export.ts';
import { extractCommand } from './commands/extract.ts';
import { queryCommand } from './commands/query.ts';
import { startCommand, viewCommand } from './commands/view.ts';
import { type CliContext, type Command, write, writeLine } from './context.ts';

/** Every command, in the order help lists them. */
export const COMMANDS: readonly Command<CommandSpec>[] = [
  buildCommand,
  extractCommand,
  queryCommand,
  exportCommand,
  viewCommand,
  startCommand,
  evalCommand,
] as unknown as Command<CommandSpec>[];

/** Exit codes. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** The package version, read from package.json. */
export function version(): string {
  const pkg = JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}

/** The top-level help: what kg does and its commands. */
export function mainUsage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.spec.name.length));
  return [
    'Usage: kg <command> [options]',
    '',
    'English text → a knowledge graph of people, places and organizations, with the sentence behind',
    'every relation.',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.spec.name.padEnd(width)}  ${c.spec.summary}`),
    '',
    'Run "kg <command> --help" for its options. Exit codes: 0 done, 1 failed, 2 usage error.',
    'Set KG_DEBUG=1 to see stack traces.',
  ].join('\n');
}

/** Runs one command line and returns its exit code. */
export async function runCli(argv: readonly string[], ctx: CliContext): Promise<number> {
  const [name, ...rest] = argv;
  let command: Command<CommandSpec> | undefined;
  try {
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
      const topic = name === 'help' ? COMMANDS.find((c) => c.spec.name === rest[0]) : undefined;
      await writeLine(
        name === undefined ? ctx.stderr : ctx.stdout,
        topic ? formatUsage(topic.spec) : mainUsage(),
      );
      return name === undefined ? EXIT.usage : EXIT.ok;
    }
    if (name === '--version' || name === '-V' || name === 'version') {
      await writeLine(ctx.stdout, version());
      return EXIT.ok;
    }
    command = COMMANDS.find((c) => c.spec.name === name);
    if (!command) {
      throw new UsageError(name.startsWith('-') ? `unknown option ${name}` : `unknown command "${name}"`);
    }
    const args = parseArgs(command.spec, rest);
    if (args.help) {
      await writeLine(ctx.stdout, formatUsage(command.spec));
      return EXIT.ok;
    }
    return await command.run(args, ctx);
  } catch (error) {
    return report(error, command, ctx);
  }
}

async function report(
  error: unknown,
  command: Command<CommandSpec> | undefined,
  ctx: CliContext,
): Promise<number> {
  const debug = ctx.env.KG_DEBUG === '1' || ctx.env.KG_DEBUG === 'true';
  if (error instanceof UsageError) {
    const usage = command ? formatUsage(command.spec) : mainUsage();
    await write(ctx.stderr, `kg: ${oneLine(error.message)}\n\n${usage}\n`);
    return EXIT.usage;
  }
  if (error instanceof KgError) {
    await writeLine(ctx.stderr, `kg: ${oneLine(error.message)}`);
  } else {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    await writeLine(ctx.stderr, `kg: internal error: ${oneLine(message)} (set KG_DEBUG=1 for details)`);
  }
  if (debug && error instanceof Error && error.stack) await writeLine(ctx.stderr, error.stack);
  return EXIT.failed;
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}
