/**
 * Screenshots of the web view
 *
 * `npx tsx tests/web/screenshots.ts`: opens the sample article in headless Chromium, waits for the
 * layout to settle and saves docs/sample-graph.png (the whole graph) and docs/sample-selected.png
 * (Khamenei selected: neighbourhood highlighted, details panel with evidence).
 */

import { fileURLToPath } from 'node:url';
import { openPage, startSession } from './browser.ts';

const DOCS = fileURLToPath(new URL('../../docs/', import.meta.url));

const session = await startSession();
try {
  const errors: string[] = [];
  const page = await openPage(session, errors, '', { viewport: { width: 1400, height: 860 }, settle: true });
  await page.screenshot({ path: `${DOCS}sample-graph.png` });
  const search = page.locator('[data-testid="search"]');
  await search.fill('Khamenei');
  await search.press('Enter');
  await page.locator('[data-testid="details-label"]').waitFor();
  await page.waitForTimeout(800); // camera animation
  await page.screenshot({ path: `${DOCS}sample-selected.png` });
  if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
  console.log(`wrote ${DOCS}sample-graph.png and ${DOCS}sample-selected.png`);
} finally {
  await session.close();
}
