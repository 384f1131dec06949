/**
 * Page shell
 *
 * What surrounds the graph: the alert line, the progress bar of long work, the drawer that holds the
 * sidebar on narrow screens, and the keys — Escape closes the drawer or the details panel, and on
 * the focused graph + / - zoom, 0 fits, arrows pan.
 */

import type Sigma from 'sigma';
import { pan, zoom } from './camera.ts';
import { byId } from './dom.ts';

export function alertUser(message: string | null): void {
  byId('alert-text').textContent = message ?? '';
  byId('alert').hidden = message === null;
}

export function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Shows a progress bar with a message while `work` runs (seconds counted), hides it after. */
export async function withProgress<T>(message: string, work: Promise<T>): Promise<T> {
  const busy = byId('busy');
  const text = byId('busy-text');
  const started = Date.now();
  const tick = () => {
    text.textContent = `${message} ${Math.round((Date.now() - started) / 1000)} s`;
  };
  tick();
  busy.hidden = false;
  const timer = setInterval(tick, 1000);
  try {
    return await work;
  } finally {
    clearInterval(timer);
    busy.hidden = true;
  }
}

export function setDrawer(open: boolean): void {
  document.body.classList.toggle('drawer-open', open);
  byId('sidebar-toggle').setAttribute('aria-expanded', String(open));
}

export interface ShellActions {
  renderer(): Sigma | null;
  fit(): void;
  /** Escape with no drawer open: close the details panel. */
  closeDetails(): void;
}

/** Wires the drawer button, Escape and the graph's camera keys. */
export function attachShell(container: HTMLElement, actions: ShellActions): void {
  byId('alert-close').addEventListener('click', () => alertUser(null));
  byId('sidebar-toggle').addEventListener('click', () =>
    setDrawer(!document.body.classList.contains('drawer-open')),
  );
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    if (document.querySelector('dialog[open]')) return;
    if (document.activeElement === byId('search') && !byId('suggestions').hidden) return;
    if (document.body.classList.contains('drawer-open')) setDrawer(false);
    else actions.closeDetails();
  });
  container.addEventListener('keydown', (event) => {
    const r = actions.renderer();
    if (!r) return;
    const step = 0.2;
    const keys: Record<string, () => void> = {
      '+': () => zoom(r, 1.5),
      '=': () => zoom(r, 1.5),
      '-': () => zoom(r, 1 / 1.5),
      '0': () => actions.fit(),
      ArrowLeft: () => pan(r, -step, 0),
      ArrowRight: () => pan(r, step, 0),
      ArrowUp: () => pan(r, 0, -step),
      ArrowDown: () => pan(r, 0, step),
    };
    const action = keys[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  });
  const zoomBy = (factor: number) => () => {
    const r = actions.renderer();
    if (r) zoom(r, factor);
  };
  byId('zoom-in').addEventListener('click', zoomBy(1.5));
  byId('zoom-out').addEventListener('click', zoomBy(1 / 1.5));
  byId('zoom-fit').addEventListener('click', () => actions.fit());
  byId('zoom-reset').addEventListener('click', () => actions.renderer()?.getCamera().animatedReset());
}
