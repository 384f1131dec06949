/**
 * Chromium lookup order
 *
 * CHROMIUM_PATH first, then the system browser, then the Chromium shipped inside the
 * @sparticuz/chromium dev dependency, unpacked from the npm tarball's own files (no download): the
 * last one must really be an executable Chromium that prints its version.
 */

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { locateChromium } from './chromium.ts';

const scratch = mkdtempSync(join(tmpdir(), 'kg-chromium-'));
const fake = join(scratch, 'chromium');
writeFileSync(fake, '');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('locateChromium', () => {
  it('takes CHROMIUM_PATH first', async () => {
    const found = await locateChromium({ CHROMIUM_PATH: fake, KG_SYSTEM_CHROMIUM: '/nonexistent' });
    expect(found).toMatchObject({ executablePath: fake, source: 'CHROMIUM_PATH' });
  });

  it('fails clearly when CHROMIUM_PATH names no file', async () => {
    await expect(locateChromium({ CHROMIUM_PATH: join(scratch, 'none') })).rejects.toThrow(/CHROMIUM_PATH/);
  });

  it('takes the system browser next', async () => {
    const found = await locateChromium({ KG_SYSTEM_CHROMIUM: fake });
    expect(found).toMatchObject({ executablePath: fake, source: 'system' });
  });

  it('falls back to the Chromium inside the npm package, and it runs', async () => {
    const found = await locateChromium({ KG_SYSTEM_CHROMIUM: '' });
    expect(found.source).toBe('npm package');
    expect(found.executablePath).toContain(join('node_modules', '.cache', 'kg-chromium'));
    const version = execFileSync(found.executablePath, ['--headless', '--no-sandbox', '--version'], {
      encoding: 'utf8',
      env: found.env,
    });
    expect(version).toMatch(/Chromium \d+\./);
  });

  it('runs on the libraries the package ships when the system has none', async () => {
    const found = await locateChromium({ KG_SYSTEM_CHROMIUM: '', KG_CHROMIUM_BUNDLED_LIBS: '1' });
    const libs = found.env.LD_LIBRARY_PATH?.split(':')[0] ?? '';
    expect(libs).toMatch(/kg-chromium.*lib$/);
    const linked = execFileSync('ldd', [found.executablePath], { encoding: 'utf8', env: found.env });
    expect(linked).toContain(join(libs, 'libnss3.so'));
    const version = execFileSync(found.executablePath, ['--headless', '--no-sandbox', '--version'], {
      encoding: 'utf8',
      env: found.env,
    });
    expect(version).toMatch(/Chromium \d+\./);
  });
});
