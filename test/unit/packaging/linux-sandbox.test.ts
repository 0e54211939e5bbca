// What the deb ships for Electron's sandbox on Ubuntu 24.04 (AppArmor restricts user namespaces):
// install scripts wired into electron-builder.yml, a profile allowing userns for the installed
// executable, a setuid-root chrome-sandbox; and no --no-sandbox anywhere the app is started.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (path: string) => readFileSync(path, 'utf8');

describe('Linux sandbox packaging', () => {
  it('wires the install scripts into the deb and names the executable the profile names', () => {
    const config = read('electron-builder.yml');
    expect(config).toMatch(/^deb:\n {2}afterInstall: build\/linux\/after-install\.sh\n {2}afterRemove: build\/linux\/after-remove\.sh$/m);
    expect(config).toMatch(/^ {2}executableName: coalition-mapper$/m);
  });

  it('installs a userns profile for the app and makes chrome-sandbox setuid root', () => {
    const script = read('build/linux/after-install.sh');
    expect(script).toContain('chmod 4755 "$APP_DIR/chrome-sandbox"');
    expect(script).toContain('chown root:root "$APP_DIR/chrome-sandbox"');
    expect(script).toMatch(/profile coalition-mapper "\/opt\/Coalition Mapper\/coalition-mapper" flags=\(unconfined\) \{\n {2}userns,/);
    expect(script).toContain('apparmor_parser --replace');
    expect(read('build/linux/after-remove.sh')).toContain('apparmor_parser --remove');
    // Both scripts are valid POSIX shell.
    for (const file of ['build/linux/after-install.sh', 'build/linux/after-remove.sh']) execFileSync('sh', ['-n', file]);
  });

  it('never starts the app without its sandbox', () => {
    for (const file of ['package.json', 'electron-builder.yml', 'electron/main/index.ts', 'build/linux/after-install.sh']) {
      expect(read(file).replace(/never runs with\s+--no-sandbox|the app never runs with\n# --no-sandbox/g, '')).not.toMatch(/--no-sandbox/);
    }
  });
});
