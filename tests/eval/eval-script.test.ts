/**
 * `npm run eval` without the development sets says what is missing and exits 1.
 */

import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('scripts/eval.ts', () => {
  it('names the missing sets and exits 1', () => {
    const r = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/eval.ts', '--shared', '/nonexistent/shared'],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/development sets are missing/);
    expect(r.stderr).toContain('/nonexistent/shared/eval/conll2003.dev.jsonl');
    expect(r.stdout).toBe('');
  });
});
