/**
 * Web view entry point
 *
 * Creates the app (app.ts: the shown graph, the view state and the page's elements in one object),
 * wires its actions to the modules that implement them — update.ts (state transitions applied),
 * selection.ts (camera and selection), show.ts (showing a graph), neighbours.ts (expanding),
 * panels.ts (details, legends, overview, filters), url.ts (the view in the URL), paste-extract.ts
 * and open-graph.ts (text and files in) — attaches the controls, theme and export buttons, and opens
 * the server's graph or the prebuilt sample.
 */

import type Sigma from 'sigma';
import { type App, derive } from './app.ts';
import { attachControls } from './controls.ts';
import { byId } from './dom.ts';
import { downloadCanvas, graphToExport, legendFor, pngCanvas, withDisplayAttributes } from './export.ts';
import { attachFileOpen, attachPaste, download } from './files.ts';
import { type KnowledgeGraph, toGexfText, toJSONText } from './kg.ts';
import { expand } from './neighbours.ts';
import { openFile, openFirstGraph } from './open-graph.ts';
import { extractPasted } from './paste-extract.ts';
import { setRendererTheme } from './renderer.ts';
import { attachSearchBox } from './search-box.ts';
import { fitVisible, select } from './selection.ts';
import { alertUser, attachShell, describe } from './shell.ts';
import { show } from './show.ts';
import * as S from './state.ts';
import { applyTheme, initialTheme, type ThemeName } from './theme.ts';
import { update } from './update.ts';
import { attachHistory } from './url.ts';

declare global {
  interface Window {
    /** Read-only handle for tests and the benchmark. */
    __kgView?: {
      readonly renderer: Sigma | null;
      readonly graph: KnowledgeGraph | null;
      readonly state: S.ViewState;
      /** Whether ForceAtlas2 runs, and how many iterations reached the page (large graphs). */
      readonly layout: {
        readonly running: boolean;
        readonly iterations: number;
        readonly overlapsRemoved: number;
      } | null;
    };
  }
}

const linkCamera = S.cameraFromHash(location.hash);

// The search box calls back into the app only when the user types or picks, after `app` exists.
const search = attachSearchBox(
  byId<HTMLInputElement>('search'),
  byId('suggestions'),
  (key) => app.select(key),
  (text) => app.update(S.setSearch(app.state, text)),
);

const app: App = {
  dom: {
    container: byId('graph'),
    details: byId('details'),
    layoutButton: byId<HTMLButtonElement>('layout'),
    themeButton: byId<HTMLButtonElement>('theme'),
    exportShown: byId<HTMLInputElement>('export-visible'),
  },
  loaded: null,
  state: S.stateFromHash(location.hash),
  derived: null,
  theme: initialTheme(),
  linkCamera,
  cameraParam: linkCamera ? S.cameraToParam(linkCamera) : '',
  writtenHash: location.hash.replace(/^#/, ''),
  layoutHidesEdges: false,
  searchIndex: [],
  search,
  update: (next, push = false) => update(app, next, push),
  select: (key) => select(app, key),
  expand: (key, push = true) => expand(app, key, push),
  show: (graph, name, store = false) => show(app, graph, name, store),
};

window.__kgView = {
  get renderer() {
    return app.loaded?.renderer ?? null;
  },
  get graph() {
    return app.loaded?.graph ?? null;
  },
  get state() {
    return app.state;
  },
  get layout() {
    const layout = app.loaded?.layout;
    return layout
      ? {
          running: layout.isRunning(),
          iterations: layout.iterations(),
          overlapsRemoved: layout.overlapsRemoved,
        }
      : null;
  },
};

function baseName(): string {
  return (app.loaded?.name ?? 'graph').replace(/\.[a-z]+$/i, '').replace(/[^\w.-]+/g, '-') || 'graph';
}

function attachUi(): void {
  const { container, layoutButton, themeButton, exportShown } = app.dom;
  layoutButton.addEventListener('click', () => app.loaded?.layout.toggle());
  attachControls((transition) => app.update(transition(app.state)));
  attachShell(container, {
    renderer: () => app.loaded?.renderer ?? null,
    fit: () => fitVisible(app),
    closeDetails: () => {
      if (app.state.selection) app.update(S.clearSelection(app.state), true);
    },
  });
  themeButton.addEventListener('click', () => setTheme(app.theme === 'dark' ? 'light' : 'dark'));
  const exported = () =>
    app.loaded && app.derived ? graphToExport(app.loaded.graph, app.derived, exportShown.checked) : null;
  byId('export-json').addEventListener('click', () => {
    const graph = exported();
    if (graph) download(`${baseName()}.json`, toJSONText(graph), 'application/json');
  });
  byId('export-gexf').addEventListener('click', () => {
    const graph = exported();
    if (graph && app.derived)
      download(
        `${baseName()}.gexf`,
        toGexfText(withDisplayAttributes(graph, app.derived)),
        'application/xml',
      );
  });
  byId('export-png').addEventListener('click', () => {
    const { loaded, derived } = app;
    if (!loaded || !derived) return;
    const style = getComputedStyle(document.body);
    const legend = legendFor(loaded.graph, loaded.index, derived);
    pngCanvas(loaded.renderer, legend, style.backgroundColor, style.color)
      .then((canvas) => downloadCanvas(canvas, `${baseName()}.png`))
      .catch((e) => alertUser(`PNG export: ${describe(e)}`));
  });
  attachFileOpen((file) => void openFile(app, file));
  attachPaste((text, merge) => void extractPasted(app, text, merge));
  attachHistory(app);
}

function setTheme(next: ThemeName): void {
  app.theme = next;
  applyTheme(next, app.dom.themeButton);
  if (!app.loaded) return;
  setRendererTheme(app.loaded.renderer, next);
  app.derived = derive(app, app.state);
  app.loaded.renderer.refresh({ skipIndexation: true });
}

async function boot(): Promise<void> {
  // Focusable, so the camera keys work from the keyboard (set here: the markup linter forbids it on a div).
  app.dom.container.tabIndex = 0;
  applyTheme(app.theme, app.dom.themeButton, false);
  attachUi();
  await openFirstGraph(app);
}

void boot();
