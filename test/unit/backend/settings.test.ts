// The recent list: newest first, no duplicates, capped, and written to disk durably.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import {
  EMPTY_SETTINGS,
  isRecent,
  loadSettings,
  MAX_RECENT,
  rememberMap,
  renameRecent,
  saveSettings,
  settingsPath,
} from '../../../electron/main/settings';
import { useTempDirs } from '../store/helpers/temp-dir';

const at = (minute: number): Date => new Date(Date.UTC(2025, 0, 1, 0, minute));

describe('settings', () => {
  const tempDir = useTempDirs();

  it('keeps recent maps newest first, without duplicates, capped', () => {
    let settings = EMPTY_SETTINGS;
    for (let i = 0; i < MAX_RECENT + 3; i += 1) settings = rememberMap(settings, `/maps/m${i}.coalition.json`, `Map ${i}`, at(i));
    settings = rememberMap(settings, '/maps/m5.coalition.json', 'Map 5', at(99));
    expect(settings.recent).toHaveLength(MAX_RECENT);
    expect(settings.recent[0]).toEqual({
      path: '/maps/m5.coalition.json',
      fileName: 'm5.coalition.json',
      coalitionName: 'Map 5',
      openedAt: at(99).toISOString(),
    });
    expect(settings.recent.filter((r) => r.path === '/maps/m5.coalition.json')).toHaveLength(1);
    expect(isRecent(settings, '/maps/m0.coalition.json')).toBe(false);
    expect(settings.lastMapPath).toBe('/maps/m5.coalition.json');
    expect(renameRecent(settings, '/maps/m5.coalition.json', 'Renamed').recent[0]?.coalitionName).toBe('Renamed');
  });

  it('round-trips through the disk and reports a first run when there is no file', async () => {
    const dataDir = await tempDir();
    expect(await loadSettings(dataDir, at(0))).toEqual({ settings: EMPTY_SETTINGS, firstRun: true, problem: null });
    const settings = rememberMap(EMPTY_SETTINGS, '/maps/a.coalition.json', 'A', at(1));
    await saveSettings(dataDir, settings);
    expect(JSON.parse(await readFile(settingsPath(dataDir), 'utf8'))).toEqual(settings);
    expect(await loadSettings(dataDir, at(2))).toEqual({ settings, firstRun: false, problem: null });
  });
});
