// The e2e bridge (support/bridge.ts) hands a big reply, such as a whole map, to the page by a
// same-origin fetch of its JSON instead of a string through the Playwright binding (which the page
// compiled as a script literal, costing the window's thread more than Electron's structured clone
// does). The page must get exactly the map the backend opened, once, and small replies as before.
import { describe, expect, it } from 'vitest';
import { readMapFile } from '../../electron/main/store/read-map';
import { dataDirWithMap, positionedMap } from '../bench/ui-fixture';
import { launchApp } from './harness';
import { appPerTest } from './support/app-per-test';

const t = appPerTest('big-reply-bridge');
const SIZE = 3_000;
const fetchedReplies = `performance.getEntriesByType('resource').map((e) => e.name).filter((n) => n.includes('/__bridge-reply/'))`;

describe('the e2e bridge with a big reply', () => {
  it('fetches a whole map once, equal to the file the backend opened, and keeps small replies as strings', async () => {
    const path = await dataDirWithMap(t.dataDir.path, positionedMap(SIZE, 5));
    t.app = await launchApp({ dataDir: t.dataDir.path });
    const { page } = t.app;
    await page.getByRole('application', { name: new RegExp(`^Map of ${SIZE} stakeholders`) }).waitFor();
    // The window's first startSession (the map, well over 1 MB as JSON) came by fetch.
    const first = (await page.evaluate(fetchedReplies)) as string[];
    expect(first).toHaveLength(1);

    const reply = (await page.evaluate('window.coalition.startSession({})')) as { status: string; map: unknown; file: { path: string } };
    expect(reply.status).toBe('opened');
    expect(reply.file.path).toBe(path);
    // Exactly the map the file holds once read and checked, field for field.
    expect(reply.map).toEqual(await readMapFile(path));
    const after = (await page.evaluate(fetchedReplies)) as string[];
    expect(after).toHaveLength(2);

    // A fetched reply is handed out once: asked again, its path no longer gives it.
    const again = (await page.evaluate(`fetch(${JSON.stringify(new URL(first[0]!).pathname)}).then((r) => r.status)`)) as number;
    expect(again).not.toBe(200);
    // A small reply still travels as a string through the binding: no fetch.
    const before = ((await page.evaluate(fetchedReplies)) as string[]).length;
    const recent = (await page.evaluate('window.coalition.listRecent({})')) as { path: string }[];
    expect(recent.map((r) => r.path)).toEqual([path]);
    expect(((await page.evaluate(fetchedReplies)) as string[]).length).toBe(before);
    expect(t.app.errors.filter((e) => !e.includes('404'))).toEqual([]);
  });
});
