/**
 * kg — command-line entry point
 *
 * Wires the process (argv, stdio, environment, Ctrl-C) to runCli and sets the exit code. Run as
 * `npm run kg -- <command>`, `npm start`, or the `kg` bin (bin/kg.js imports this file).
 */

import { runCli } from './run.ts';

let onInterrupt: () => void = () => {};
const interrupted = new Promise<void>((resolve) => {
  onInterrupt = resolve;
});

// A second Ctrl-C stops at once, should closing the server hang.
let interrupts = 0;
const handleSignal = () => {
  interrupts++;
  if (interrupts > 1) process.exit(130);
  onInterrupt();
};
process.on('SIGINT', handleSignal);
process.on('SIGTERM', handleSignal);

// `kg extract … | head`: a closed pipe ends the output, it is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
});

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
  interrupted,
});
process.off('SIGINT', handleSignal);
process.off('SIGTERM', handleSignal);
