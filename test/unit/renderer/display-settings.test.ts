// Settings kept on this computer: the auto-lock time survives a restart of the window; only the
// offered choices are read back; "hide sensitive fields" is remembered per map file path.
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../../renderer/src/state/core/actions';
import { readAutoLockMinutes, readHideSensitive, writeAutoLockMinutes, writeHideSensitive } from '../../../renderer/src/state/core/display-settings';
import { DEFAULT_AUTO_LOCK_MINUTES } from '../../../renderer/src/state/safety/security-state';
import { createFakeApi } from './fake-api';
import { memoryStorage } from './settings-storage';

describe('display settings', () => {
  it('the auto-lock time chosen in one session is the one the next session starts with', () => {
    const storage = memoryStorage();
    const first = createAppStore(createFakeApi(), { settings: storage });
    expect(first.getState().security.autoLockMinutes).toBe(DEFAULT_AUTO_LOCK_MINUTES);
    first.actions.setAutoLockMinutes(60);
    expect(first.getState().security.autoLockMinutes).toBe(60);
    const next = createAppStore(createFakeApi(), { settings: storage });
    expect(next.getState().security.autoLockMinutes).toBe(60);
    next.actions.setAutoLockMinutes(0);
    expect(createAppStore(createFakeApi(), { settings: storage }).getState().security.autoLockMinutes).toBe(0);
  });

  it('reads back only offered choices; a tampered value falls back to the default', () => {
    const storage = memoryStorage();
    storage.setItem('coalition-mapper:auto-lock-minutes', '99999');
    expect(readAutoLockMinutes(storage)).toBe(DEFAULT_AUTO_LOCK_MINUTES);
    writeAutoLockMinutes(storage, 7);
    expect(readAutoLockMinutes(storage)).toBe(DEFAULT_AUTO_LOCK_MINUTES);
    writeAutoLockMinutes(storage, 5);
    expect(readAutoLockMinutes(storage)).toBe(5);
    expect(readAutoLockMinutes(null)).toBe(DEFAULT_AUTO_LOCK_MINUTES);
  });

  it('hide-sensitive is kept per map file path, and turning it off forgets it', () => {
    const storage = memoryStorage();
    writeHideSensitive(storage, '/maps/a.json', true);
    expect(readHideSensitive(storage, '/maps/a.json')).toBe(true);
    expect(readHideSensitive(storage, '/maps/b.json')).toBe(false);
    writeHideSensitive(storage, '/maps/a.json', false);
    expect(storage.entries.size).toBe(0);
  });
});
