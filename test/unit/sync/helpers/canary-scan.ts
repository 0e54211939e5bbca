// Looks for a canary anywhere under a folder: as UTF-8, UTF-16, or base64 at any alignment, in the
// raw bytes and inside every base64 run after decoding it (a sealed change is base64, and an
// unsealed one would be too). A scan that cannot find a canary in unsealed changes proves
// nothing, so the tests run it against a positive control.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

export async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

export async function canaryHits(folder: string, canaries: readonly string[]): Promise<string[]> {
  const hits: string[] = [];
  for (const file of await filesUnder(folder)) {
    const bytes = await readFile(file);
    for (const canary of canaries) if (contains(bytes, canary)) hits.push(`${file}: ${canary}`);
  }
  return hits;
}

export function contains(bytes: Buffer, canary: string): boolean {
  if (forms(canary).some((form) => bytes.includes(form))) return true;
  const text = bytes.toString('latin1');
  for (const run of text.match(/[A-Za-z0-9+/]{16,}={0,2}/g) ?? []) {
    const decoded = Buffer.from(run, 'base64');
    if (forms(canary).some((form) => decoded.includes(form))) return true;
  }
  return false;
}

function forms(canary: string): Buffer[] {
  const utf8 = Buffer.from(canary, 'utf8');
  const base64 = [0, 1, 2].map((shift) => {
    const encoded = Buffer.concat([Buffer.alloc(shift), utf8]).toString('base64');
    // Drop the characters that also depend on the bytes around the canary.
    return Buffer.from(encoded.slice(Math.ceil((shift * 4) / 3) + 1, -4), 'latin1');
  });
  return [utf8, Buffer.from(canary, 'utf16le'), ...base64.filter((b) => b.length >= 8)];
}
