// The page's first script (renderer/public/ask-session.js) asks for the session while the HTML is
// read, before the app's bundle has arrived; early-session.ts then hands that very answer to the
// store, once, and asks by itself only when the page did not. The script runs here as the page
// runs it: the file's own text, in a context whose globals are the window's.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const SCRIPT = readFileSync(join(import.meta.dirname, '../../../renderer/public/ask-session.js'), 'utf8');

interface FakeWindow {
  coalition?: { startSession: (args: unknown) => Promise<unknown> };
  [key: string]: unknown;
}

function fakeWindow(): { window: FakeWindow; asked: unknown[] } {
  const asked: unknown[] = [];
  const window: FakeWindow = {
    coalition: {
      startSession: (args) => {
        asked.push(args);
        return Promise.resolve({ status: 'opened', asked: asked.length });
      },
    },
  };
  return { window, asked };
}

function runPageScript(window: FakeWindow): string[] {
  const marks: string[] = [];
  runInNewContext(SCRIPT, { window, performance: { mark: (name: string) => marks.push(name) } });
  return marks;
}

async function loadEarlySession(window: FakeWindow) {
  vi.stubGlobal('window', window);
  vi.stubGlobal('performance', { mark: () => undefined });
  vi.resetModules();
  return import('../../../renderer/src/early-session');
}

describe('the session asked for by the page', () => {
  beforeEach(() => vi.resetModules());
  afterEach(() => vi.unstubAllGlobals());

  it('is asked once by the first script, and that answer is the one the store gets', async () => {
    const { window, asked } = fakeWindow();
    expect(runPageScript(window)).toEqual(['session:asked']);
    expect(asked).toEqual([{}]);
    const left = window.__coalitionEarlySession;
    expect(left).toBeInstanceOf(Promise);
    const early = await loadEarlySession(window);
    // The bundle did not ask again: the page's answer is handed on, once.
    expect(asked).toHaveLength(1);
    expect(early.takeEarlySession()).toBe(left);
    expect(early.takeEarlySession()).toBeNull();
    expect('__coalitionEarlySession' in window).toBe(false);
  });

  it('is asked by the bundle when the page had no first script', async () => {
    const { window, asked } = fakeWindow();
    const early = await loadEarlySession(window);
    expect(asked).toEqual([{}]);
    await expect(early.takeEarlySession()).resolves.toEqual({ status: 'opened', asked: 1 });
  });

  it('is not asked without the Node side, and the store then reports the missing connection', async () => {
    const window: FakeWindow = {};
    expect(runPageScript(window)).toEqual([]);
    expect('__coalitionEarlySession' in window).toBe(false);
    const early = await loadEarlySession(window);
    expect(early.takeEarlySession()).toBeNull();
  });
});
