/**
 * Web view benchmark launcher
 *
 * `npx tsx scripts/bench-web.ts [--quick] [brown] [nodes...]`: time to first frame, cost of a view-state change,
 * sigma's render time per frame while panning, and the main thread's responsiveness while ForceAtlas2
 * runs (longest task, delay and effect of a click on Stop), in headless Chromium, for generated
 * graphs of 1,000 / 5,000 / 10,000 entities (4 relations each) by default; `--quick`: 5,000 only;
 * `brown`: the Brown corpus graph. Each graph is also timed in plain sigma, with the ratio. The benchmark itself lives in
 * tests/web/bench.ts, type-checked with the DOM types of web/tsconfig.json; it is loaded through a
 * computed specifier so the root project (no DOM types) does not type-check it.
 */

const bench = (await import(new URL('../tests/web/bench.ts', import.meta.url).href)) as {
  benchWeb(args: string[]): Promise<void>;
};
await bench.benchWeb(process.argv.slice(2));
