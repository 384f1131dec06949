/**
 * The view in the URL
 *
 * Writes the view state and the camera into the location's hash (replaceState, or pushState for a
 * new selection so Back returns to the previous one), keeps the camera's value up to date once the
 * camera rests, and applies a hash the user brought back (Back / Forward) or edited by hand.
 */

import type Sigma from 'sigma';
import type { App } from './app.ts';
import { focusSelection } from './selection.ts';
import * as S from './state.ts';

function hashNow(app: App): string {
  const hash = S.stateToHash(app.state);
  const camera = app.cameraParam;
  return camera ? (hash ? `${hash}&cam=${camera}` : `cam=${camera}`) : hash;
}

export function writeHash(app: App, push = false): void {
  const hash = hashNow(app);
  if (hash === app.writtenHash) return;
  app.writtenHash = hash;
  const url = hash ? `#${hash}` : `${location.pathname}${location.search}`;
  if (push) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
}

/** Keeps the camera in the URL (replaceState, once the camera rests), so a link restores the view. */
export function attachCameraUrl(app: App, renderer: Sigma): void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  renderer.getCamera().on('updated', (camera) => {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      if (app.loaded?.renderer !== renderer) return;
      app.cameraParam = S.cameraToParam(camera);
      writeHash(app);
    }, 300);
  });
}

/** Back / Forward (pushState entries) and links edited by hand. */
export function attachHistory(app: App): void {
  const fromUrl = () => {
    const hash = location.hash.replace(/^#/, '');
    if (hash === app.writtenHash) return;
    app.writtenHash = hash;
    const next = S.stateFromHash(hash, app.state);
    app.update(next);
    focusSelection(app);
  };
  window.addEventListener('popstate', fromUrl);
  window.addEventListener('hashchange', fromUrl);
}
