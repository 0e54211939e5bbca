// Encryption at rest for maps: a passphrase codec for the store, and the keychain rule.
export { createPassphraseCodec, unlockPassphraseCodec, wrongPassphrase, type PassphraseCodec } from './passphrase-codec';
export { looksEncrypted, ENVELOPE_VERSION } from './envelope';
export { DEFAULT_COST, MIN_PASSPHRASE_LENGTH } from './kdf';
export { keyProtectionFor, type KeyProtection, type SafeStoragePort } from './safe-storage-port';
