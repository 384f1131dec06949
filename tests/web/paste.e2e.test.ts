/**
 * Pasting a long text, end to end
 *
 * 10,000 words pasted into the page: extraction runs in a web worker, a progress indicator shows
 * while it runs, and the page keeps drawing frames meanwhile (gaps counted in frames of the idle
 * page, never in milliseconds: the machine is shared). Then the graph of the text is shown. No page
 * errors.
 */

import { afterAll, beforeAll, expect, it } from 'vitest';
import { openPage, type Session, startSession, waitForGraph } from './browser.ts';

let session: Session;

beforeAll(async () => {
  session = await startSession();
}, 120_000);

afterAll(async () => {
  await session?.close();
});

const PEOPLE = [
  ['German Chancellor', 'Angela Merkel'],
  ['French President', 'Emmanuel Macron'],
  ['Iraqi Prime Minister', 'Mustafa al-Kadiri'],
  ['Japanese Prime Minister', 'Shinzo Abe'],
  ['Brazilian President', 'Luiz Lula'],
];
const PLACES = ['Paris', 'Berlin', 'Baghdad', 'Tokyo', 'Brasilia', 'Madrid', 'Cairo'];
const VERBS = ['met', 'praised', 'criticized', 'called on', 'thanked'];

/** About 10,000 words of news-like sentences written for this test. */
function longText(words = 10_000): string {
  const out: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const [title, name] = PEOPLE[i % PEOPLE.length] as [string, string];
    const other = (PEOPLE[(i * 3 + 1) % PEOPLE.length] as [string, string])[1];
    const sentence = `${title} ${name} ${VERBS[i % VERBS.length]} ${other} in ${PLACES[i % PLACES.length]} on Monday, officials said after the talks.`;
    out.push(i % 6 === 5 ? `${sentence}\n\n` : sentence);
    count += sentence.split(/\s+/).length;
  }
  return out.join(' ');
}

interface Probe {
  frames: number;
  busyFrames: number;
  gaps: number[];
  busyGaps: number[];
  sawBusy: boolean;
}

it('extracts 10,000 pasted words in a worker with a progress indicator while the page keeps drawing', async () => {
  const errors: string[] = [];
  const page = await openPage(session, errors);
  await page.evaluate(`(() => {
    const p = { frames: 0, busyFrames: 0, gaps: [], busyGaps: [], sawBusy: false };
    window.__probe = p;
    let last = 0;
    const tick = (now) => {
      const busy = !document.getElementById('busy').hidden;
      if (last) (busy ? p.busyGaps : p.gaps).push(now - last);
      if (busy) { p.busyFrames++; p.sawBusy = true; }
      p.frames++;
      last = now;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`);
  await page.waitForFunction(() => (window as unknown as { __probe: Probe }).__probe.frames >= 30);

  const text = longText();
  await page.locator('[data-testid="paste-open"]').click();
  await page.locator('[data-testid="paste-text"]').fill(text);
  await page.locator('[data-testid="paste-build"]').click();
  await expect.poll(() => page.locator('[data-testid="busy"]').isVisible()).toBe(true);
  expect(await page.locator('#busy-text').textContent()).toMatch(/from 10,0\d\d words/);
  await waitForGraph(page, 'pasted text');
  const probe = (await page.evaluate('window.__probe')) as Probe;
  const idle = [...probe.gaps].sort((a, b) => a - b)[Math.floor(probe.gaps.length / 2)] as number;

  expect(probe.sawBusy).toBe(true);
  // Extraction takes seconds: the page drew many frames meanwhile, none far apart.
  expect(probe.busyFrames).toBeGreaterThan(20);
  expect(Math.max(...probe.busyGaps) / idle).toBeLessThan(30);
  expect(await page.locator('[data-testid="busy"]').isVisible()).toBe(false);
  const labels = await page.evaluate(() => window.__kgView!.graph!.mapNodes((_n, a) => a.label as string));
  expect(labels.join(' ')).toMatch(/Merkel/);
  expect(labels.join(' ')).toMatch(/Macron/);
  await page.close();
  expect(errors).toEqual([]);
}, 120_000);
