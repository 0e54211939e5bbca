// A big map in the real renderer: the insights panel first shows an answer from sampled figures,
// saying how many stakeholders were sampled and how far off a figure may be, then replaces it with
// the exact answer worked out by helper workers on every core but one. The map is a generated 8,000-
// stakeholder coalition with saved positions, reopened as after a previous session.
import { describe, expect, it } from 'vitest';
import { STAGED_MIN_ORDER } from '../../shared/analysis/staged-analysis';
import { dataDirWithMap, positionedMap } from '../bench/ui-fixture';
import { launchApp } from './harness';
import { appPerTest } from './support/app-per-test';
import { saveScreenshot } from './support/files';

const t = appPerTest('big-map-analysis');

describe('analysis of a big map', () => {
  it('shows a first answer with its sample size and bound, then the exact answer', async () => {
    const size = STAGED_MIN_ORDER;
    await dataDirWithMap(t.dataDir.path, positionedMap(size, 3));
    t.app = await launchApp({ dataDir: t.dataDir.path });
    const { page } = t.app;
    await page.getByRole('tab', { name: 'Insights' }).click();
    const panel = page.getByRole('region', { name: 'Insights' });

    // Every status line the panel shows, in order, until the exact answer: the first answer
    // lasts only as long as the exact searches take, so it is read as it goes by.
    const seen: string[] = [];
    let screenshot: Promise<unknown> | null = null;
    const deadline = Date.now() + 150_000;
    while (!seen.at(-1)?.startsWith('Up to date')) {
      if (Date.now() > deadline) throw new Error(`no exact answer within 150 s; the panel said: ${seen.join(' / ')}`);
      const [said = ''] = await panel.getByRole('status').allTextContents();
      if (said !== seen.at(-1)) seen.push(said);
      if (said.startsWith('First answer') && !screenshot) screenshot = saveScreenshot(page, 'big-map-first-answer');
      await page.waitForTimeout(50);
    }
    await screenshot;
    const firstAnswer = seen.find((said) => said.startsWith('First answer for this big map')) ?? '';
    expect(firstAnswer).toMatch(new RegExp(`estimated from 1,000 of ${size.toLocaleString('en')} stakeholders`));
    expect(firstAnswer).toMatch(/within ±0\.\d{3} of the exact one with 90% confidence \(Hoeffding bound/);
    expect(firstAnswer).toMatch(/Closeness is estimated from \d[\d,]* searches/);
    // First the estimate, then the exact answer, never the other way round.
    expect(seen.indexOf(firstAnswer)).toBeLessThan(seen.length - 1);
    expect(seen.at(-1)).toMatch(new RegExp(`^Up to date: ${size} stakeholders`));
    expect(await panel.getByRole('region', { name: 'Coverage' }).isVisible()).toBe(true);
    // A big map's long lists come a page at a time.
    expect(await panel.getByRole('button', { name: /^Show 25 more pairs/ }).count()).toBe(1);

    // Zoomed in, the big map labels the nodes in view that have room for a label.
    for (let i = 0; i < 12; i += 1) await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.waitForTimeout(600);
    await saveScreenshot(page, 'big-map-zoomed-in');
  }, 200_000);
});
