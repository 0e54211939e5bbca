// localStorage keys that say nothing to someone reading the profile folder: a map's path or a
// sheet's header row (which, for a sheet without headers, is a person's details) goes in only as a
// 64-bit hash. Not a secret (it can confirm an exact guess), but nothing is readable from it.

/** Two 32-bit FNV-1a style hashes with different seeds, as 16 hex digits; the same text gives the same key. */
export function opaqueKey(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  a ^= a >>> 13;
  a = Math.imul(a, 0xc2b2ae35);
  b = Math.imul(b ^ (a >>> 16), 0x85ebca6b);
  return (a >>> 0).toString(16).padStart(8, '0') + ((b ^ (b >>> 16)) >>> 0).toString(16).padStart(8, '0');
}
