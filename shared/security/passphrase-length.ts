// The shortest passphrase a map accepts, on its own so code that needs only the number (the key
// derivation in the command line) does not load the strength meter's dictionaries with it.
export const MIN_PASSPHRASE_CHARS = 8;
