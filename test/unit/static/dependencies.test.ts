// PRIV-1 and SEC-10 over the manifest and the lockfile: no telemetry or update feed anywhere in
// the installed tree, and an Electron recent enough to still get security fixes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from './source-files';

interface Manifest {
  readonly dependencies?: Record<string, string>;
  readonly devDependencies?: Record<string, string>;
}
interface Lockfile {
  readonly lockfileVersion: number;
  readonly packages: Record<string, { readonly version?: string }>;
}

const manifest = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as Manifest;
const lock = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package-lock.json'), 'utf8')) as Lockfile;

/** Oldest Electron major accepted: 45 was current when the app was written; raise it with each upgrade. */
const MINIMUM_ELECTRON_MAJOR = 45;

const TELEMETRY: readonly RegExp[] = [
  /^@sentry\//,
  /^posthog/,
  /^mixpanel/,
  /^@segment\//,
  /^amplitude/,
  /^@amplitude\//,
  /^applicationinsights$/,
  /^electron-updater$/,
  /^update-electron-app$/,
  /^@bugsnag\//,
  /^@datadog\//,
];

function isTelemetry(name: string): boolean {
  return TELEMETRY.some((pattern) => pattern.test(name));
}

/** Package names in the lockfile ("node_modules/a/node_modules/@b/c" -> "@b/c"). */
function lockedPackageNames(): string[] {
  return Object.keys(lock.packages)
    .filter((key) => key.includes('node_modules/'))
    .map((key) => key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length));
}

describe('no telemetry (PRIV-1)', () => {
  it('the denylist recognises what it names', () => {
    for (const name of ['@sentry/electron', 'posthog-js', 'mixpanel-browser', '@segment/analytics-node', 'amplitude-js', 'applicationinsights', 'electron-updater']) {
      expect(isTelemetry(name), name).toBe(true);
    }
    expect(isTelemetry('zod')).toBe(false);
  });

  it('package.json declares none', () => {
    const declared = [...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.devDependencies ?? {})];
    expect(declared.length).toBeGreaterThan(5);
    expect(declared.filter(isTelemetry)).toEqual([]);
  });

  it('nothing in the installed tree brings one in', () => {
    const names = lockedPackageNames();
    expect(names).toContain('electron');
    expect(names.filter(isTelemetry)).toEqual([]);
  });
});

describe('Electron is current (SEC-10)', () => {
  it(`package.json pins an exact electron ${MINIMUM_ELECTRON_MAJOR} or newer`, () => {
    const declared = manifest.devDependencies?.electron ?? manifest.dependencies?.electron;
    expect(declared).toMatch(/^\d+\.\d+\.\d+$/);
    expect(Number.parseInt(declared ?? '0', 10)).toBeGreaterThanOrEqual(MINIMUM_ELECTRON_MAJOR);
  });

  it(`package-lock.json resolves electron ${MINIMUM_ELECTRON_MAJOR} or newer, the same version`, () => {
    const locked = lock.packages['node_modules/electron']?.version;
    expect(locked).toMatch(/^\d+\.\d+\.\d+$/);
    expect(Number.parseInt(locked ?? '0', 10)).toBeGreaterThanOrEqual(MINIMUM_ELECTRON_MAJOR);
    expect(locked).toBe(manifest.devDependencies?.electron ?? manifest.dependencies?.electron);
  });
});
