/**
 * The packed package, installed as a user would have it
 *
 * `installPacked(dir)` runs `npm pack` (dist/ and web/dist/ are fresh from tests/global-setup.ts),
 * unpacks the tarball into `<dir>/app/node_modules/kg-builder` and links beside it only the
 * production dependencies of this clone's node_modules: what `npm install --omit=dev <tarball>`
 * gives, put together without the network. Returns the app folder and the tarball's size.
 */

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, statSync, symlinkSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from './helpers.ts';

export interface PackedApp {
  /** A project folder whose node_modules holds kg-builder and its production dependencies. */
  app: string;
  /** Bytes of the packed tarball. */
  tarballBytes: number;
}

export function installPacked(dir: string): PackedApp {
  const app = join(dir, 'app');
  const modules = join(app, 'node_modules');
  mkdirSync(modules, { recursive: true });
  const packed = JSON.parse(
    execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], {
      cwd: ROOT,
      encoding: 'utf8',
    }),
  ) as { filename: string }[];
  const tarball = join(dir, packed[0]!.filename);
  execFileSync('tar', ['-xzf', tarball, '-C', modules]);
  renameSync(join(modules, 'package'), join(modules, 'kg-builder'));
  const production = execFileSync('npm', ['ls', '--omit=dev', '--all', '--parseable'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  for (const line of production.split('\n').map((l) => l.trim())) {
    const name = relative(join(ROOT, 'node_modules'), line);
    if (line === '' || name === '' || name.startsWith('..') || name.includes('node_modules')) continue;
    mkdirSync(join(modules, name, '..'), { recursive: true });
    if (!existsSync(join(modules, name))) symlinkSync(line, join(modules, name), 'dir');
  }
  return { app, tarballBytes: statSync(tarball).size };
}
