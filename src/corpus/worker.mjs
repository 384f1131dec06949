// Extraction worker bootstrap: a worker thread does not inherit the main thread's TypeScript
// loader, so this plain-JavaScript entry registers tsx (resolved from this file, whatever the
// working directory) and then loads the worker written in TypeScript.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
