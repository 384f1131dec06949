/**
 * What a command runs against
 *
 * The streams and environment a command uses, passed in rather than taken from `process`, so the
 * whole CLI runs inside a test as well as in a terminal. `write` respects back-pressure, and a
 * closed pipe (`kg extract … | head`) ends output quietly instead of crashing.
 */

import type { Writable } from 'node:stream';
import type { CommandSpec, ParsedArgs } from './args.ts';

export interface CliContext {
  stdout: Writable;
  stderr: Writable;
  stdin: AsyncIterable<Buffer | string>;
  env: Readonly<Record<string, string | undefined>>;
  /** Resolves when the user asks a long-running command (view, start) to stop (SIGINT). */
  interrupted: Promise<void>;
}

/** A command: its spec (options, help) and what it does. Returns the exit code. */
export interface Command<S extends CommandSpec = CommandSpec> {
  spec: S;
  run(args: ParsedArgs<S>, ctx: CliContext): Promise<number>;
}

/** Defines a command with its option types inferred from the spec. */
export function defineCommand<S extends CommandSpec>(command: Command<S>): Command<S> {
  return command;
}

/** Writes to a stream, waiting when its buffer is full; a closed pipe is ignored. */
export async function write(stream: Writable, text: string): Promise<void> {
  if (stream.destroyed || stream.writableEnded) return;
  if (!stream.write(text)) {
    await new Promise<void>((resolve) => {
      const done = () => {
        stream.off('drain', done);
        stream.off('close', done);
        stream.off('error', done);
        resolve();
      };
      stream.on('drain', done);
      stream.on('close', done);
      stream.on('error', done);
    });
  }
}

/** Writes one line (adds the newline). */
export function writeLine(stream: Writable, text = ''): Promise<void> {
  return write(stream, `${text}\n`);
}
