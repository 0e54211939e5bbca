// The seam for Electron's safeStorage (the OS keychain), kept as a port so the rule below is
// testable without Electron. Wrapping a random map key with it is a later step; what is settled
// now is when it may be trusted. On Linux without a keyring, Electron falls back to `basic_text`,
// a fixed built-in key that protects nothing: then, as when encryption is unavailable at all, the
// app must ask for a passphrase instead of pretending the map is protected.

/** The subset of Electron's `safeStorage` this app would use. */
export interface SafeStoragePort {
  isEncryptionAvailable(): boolean;
  /** Linux only in Electron: 'basic_text', 'gnome_libsecret', 'kwallet', 'kwallet5', 'kwallet6' or 'unknown'. */
  getSelectedStorageBackend?(): string;
  encryptString(plain: string): Buffer;
  decryptString(encrypted: Buffer): string;
}

export type KeyProtection =
  | { readonly kind: 'os-keychain' }
  | { readonly kind: 'passphrase-required'; readonly why: string };

/** Linux backends that hold a real secret; anything else (basic_text, unknown) does not. */
const TRUSTED_LINUX_BACKENDS = new Set(['gnome_libsecret', 'kwallet', 'kwallet5', 'kwallet6']);

export function keyProtectionFor(port: SafeStoragePort, platform: NodeJS.Platform): KeyProtection {
  if (!port.isEncryptionAvailable()) {
    return { kind: 'passphrase-required', why: 'the system keychain is not available' };
  }
  if (platform === 'linux') {
    const backend = port.getSelectedStorageBackend?.() ?? 'unknown';
    if (!TRUSTED_LINUX_BACKENDS.has(backend)) {
      return { kind: 'passphrase-required', why: `no system keyring is running (Electron reports "${backend}", which offers no real protection)` };
    }
  }
  return { kind: 'os-keychain' };
}
