// The app's own small state in the data folder: recently opened maps and the last one, so the
// next start reopens it. Written with the same durable writer as maps; a damaged settings file is
// set aside and replaced, because it holds nothing the user cannot rebuild by opening a map.
import { basename, join } from 'node:path';
import { z } from 'zod';
import type { RecentMap } from '../../shared/ipc';
import { decodeJsonBytes } from './store/safe-json';
import { errorCode, nodeFs, type FsPort } from './store/fs-port';
import { writeFileAtomic } from './store/atomic-write';
import { moveAside } from './store/quarantine';

export const MAX_RECENT = 10;

const recentSchema = z.strictObject({
  path: z.string().min(1).max(4_096),
  fileName: z.string().max(1_000),
  coalitionName: z.string().max(200),
  openedAt: z.iso.datetime({ offset: true }),
});

const settingsSchema = z.strictObject({
  version: z.literal(1),
  recent: z.array(recentSchema).max(100),
  lastMapPath: z.string().min(1).max(4_096).nullable(),
});

export type Settings = Readonly<z.infer<typeof settingsSchema>>;

export const EMPTY_SETTINGS: Settings = { version: 1, recent: [], lastMapPath: null };

export interface LoadedSettings {
  readonly settings: Settings;
  /** True when there was no settings file: the app has never run with this data folder. */
  readonly firstRun: boolean;
  /** Set when a damaged settings file was moved aside; the user should hear about it. */
  readonly problem: string | null;
}

export function settingsPath(dataDir: string): string {
  return join(dataDir, 'settings.json');
}

export async function loadSettings(dataDir: string, now: Date, fs: FsPort = nodeFs): Promise<LoadedSettings> {
  const path = settingsPath(dataDir);
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(path);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return { settings: EMPTY_SETTINGS, firstRun: true, problem: null };
    throw error;
  }
  const decoded = decodeJsonBytes(bytes);
  const parsed = decoded.ok ? settingsSchema.safeParse(decoded.value) : null;
  if (parsed?.success) return { settings: { ...parsed.data, recent: parsed.data.recent.slice(0, MAX_RECENT) }, firstRun: false, problem: null };
  const movedTo = await moveAside(path, now, fs);
  return {
    settings: EMPTY_SETTINGS,
    firstRun: false,
    problem: `The list of recent maps could not be read and was reset (the old file was kept at ${movedTo}).`,
  };
}

export async function saveSettings(dataDir: string, settings: Settings, fs: FsPort = nodeFs): Promise<void> {
  await writeFileAtomic(settingsPath(dataDir), `${JSON.stringify(settings, null, 2)}\n`, { fs });
}

/** Puts a map at the top of the recent list and makes it the one to reopen next time. */
export function rememberMap(settings: Settings, path: string, coalitionName: string, openedAt: Date): Settings {
  const entry: RecentMap = { path, fileName: basename(path), coalitionName, openedAt: openedAt.toISOString() };
  const others = settings.recent.filter((r) => r.path !== path);
  return { ...settings, recent: [entry, ...others].slice(0, MAX_RECENT), lastMapPath: path };
}

/** Updates the name shown for a recent map after the coalition was renamed. */
export function renameRecent(settings: Settings, path: string, coalitionName: string): Settings {
  return { ...settings, recent: settings.recent.map((r) => (r.path === path ? { ...r, coalitionName } : r)) };
}

export function isRecent(settings: Settings, path: string): boolean {
  return settings.recent.some((r) => r.path === path);
}
