// The keychain rule: the OS keychain is trusted only when it really holds a secret; otherwise
// (Linux `basic_text`, an unknown backend, or no encryption at all) a passphrase is required.
import { describe, expect, it } from 'vitest';
import { keyProtectionFor, type SafeStoragePort } from '../../../electron/main/crypto';

function fakeSafeStorage(available: boolean, backend?: string): SafeStoragePort {
  return {
    isEncryptionAvailable: () => available,
    getSelectedStorageBackend: backend === undefined ? undefined : () => backend,
    encryptString: (plain) => Buffer.from(plain),
    decryptString: (encrypted) => encrypted.toString(),
  };
}

describe('keyProtectionFor', () => {
  it.each(['basic_text', 'unknown'])('requires a passphrase on Linux with the %s backend', (backend) => {
    const result = keyProtectionFor(fakeSafeStorage(true, backend), 'linux');
    expect(result.kind).toBe('passphrase-required');
    if (result.kind === 'passphrase-required') expect(result.why).toContain(backend);
  });

  it('requires a passphrase when encryption is unavailable, on any system', () => {
    for (const platform of ['linux', 'darwin', 'win32'] as const) {
      expect(keyProtectionFor(fakeSafeStorage(false, 'gnome_libsecret'), platform).kind).toBe('passphrase-required');
    }
  });

  it('trusts a real keyring on Linux and the system keychain elsewhere', () => {
    expect(keyProtectionFor(fakeSafeStorage(true, 'gnome_libsecret'), 'linux').kind).toBe('os-keychain');
    expect(keyProtectionFor(fakeSafeStorage(true, 'kwallet6'), 'linux').kind).toBe('os-keychain');
    expect(keyProtectionFor(fakeSafeStorage(true), 'linux').kind).toBe('passphrase-required');
    expect(keyProtectionFor(fakeSafeStorage(true), 'darwin').kind).toBe('os-keychain');
  });
});
