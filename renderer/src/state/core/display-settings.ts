// Settings that belong to this computer rather than to the map file, kept in localStorage (no change
// to the map format): "hide sensitive fields on screen" per map file path, and the auto-lock time.
// The store reads the map's setting whenever a different map file is open, before any view renders it.
import { AUTO_LOCK_CHOICES, DEFAULT_AUTO_LOCK_MINUTES } from '../safety/security-state';
import { opaqueKey } from '../safety/opaque-key';
import type { CoreStore } from './store';

const HIDE_PREFIX = 'coalition-mapper:hide-sensitive:';
const AUTO_LOCK_KEY = 'coalition-mapper:auto-lock-minutes';

export type SettingsStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The window's localStorage, or null where there is none (tests, a locked-down profile). */
export function windowSettingsStorage(): SettingsStorage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

/** The map's path goes in as a hash: a path names the folder and often the coalition. */
const hideKey = (path: string): string => HIDE_PREFIX + opaqueKey(path);

export function readHideSensitive(storage: SettingsStorage | null, path: string): boolean {
  if (!storage) return false;
  // An older version kept the path itself in the key: move it under the hashed key.
  if (storage.getItem(HIDE_PREFIX + path) === 'on') {
    storage.removeItem(HIDE_PREFIX + path);
    storage.setItem(hideKey(path), 'on');
  }
  return storage.getItem(hideKey(path)) === 'on';
}

export function writeHideSensitive(storage: SettingsStorage | null, path: string, on: boolean): void {
  storage?.removeItem(HIDE_PREFIX + path);
  if (on) storage?.setItem(hideKey(path), 'on');
  else storage?.removeItem(hideKey(path));
}

/** The saved auto-lock time; anything but one of the offered choices falls back to the default. */
export function readAutoLockMinutes(storage: SettingsStorage | null): number {
  const saved = Number(storage?.getItem(AUTO_LOCK_KEY) ?? NaN);
  return (AUTO_LOCK_CHOICES as readonly number[]).includes(saved) ? saved : DEFAULT_AUTO_LOCK_MINUTES;
}

export function writeAutoLockMinutes(storage: SettingsStorage | null, minutes: number): void {
  if ((AUTO_LOCK_CHOICES as readonly number[]).includes(minutes)) storage?.setItem(AUTO_LOCK_KEY, String(minutes));
}

export function createDisplaySettings(core: CoreStore, storage: SettingsStorage | null) {
  const { setState, getState } = core;
  setState((s) => ({ security: { ...s.security, autoLockMinutes: readAutoLockMinutes(storage) } }));
  let seenPath: string | null = null;
  // Runs inside setState's notification, before React reads the state, so a map whose fields are
  // hidden is never drawn with them for a moment.
  core.subscribe(() => {
    const path = getState().file?.path ?? null;
    if (path === seenPath) return;
    seenPath = path;
    const hideSensitive = path !== null && readHideSensitive(storage, path);
    if (getState().security.hideSensitive !== hideSensitive) setState((s) => ({ security: { ...s.security, hideSensitive } }));
  });

  return {
    setAutoLockMinutes: (minutes: number) => {
      writeAutoLockMinutes(storage, minutes);
      setState((s) => ({ security: { ...s.security, autoLockMinutes: minutes } }));
    },
    /** Turns the open map's "hide sensitive fields on screen" on or off, and remembers it for that file. */
    setHideSensitive: (on: boolean) => {
      const path = getState().file?.path;
      if (path) writeHideSensitive(storage, path, on);
      setState((s) => ({ security: { ...s.security, hideSensitive: on } }));
    },
  };
}
