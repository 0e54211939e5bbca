// Where the import tests find their files: the shared interop fixtures sit beside the clone
// (../shared from the repository root, here and in CI); the hostile ones live in the repo.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
// INTEROP_DIR overrides it for a checkout that does not sit beside ../shared (a git worktree).
export const INTEROP_DIR = process.env.INTEROP_DIR ?? path.resolve(REPO_ROOT, '../shared/fixtures/interop');
export const EXCHANGE_FIXTURES = path.resolve(REPO_ROOT, 'test/fixtures/exchange');

export function interopBytes(name: string): Uint8Array {
  return readFileSync(path.join(INTEROP_DIR, name));
}

export function fixtureBytes(name: string): Uint8Array {
  return readFileSync(path.join(EXCHANGE_FIXTURES, name));
}

export function rawText(name: string): string {
  return readFileSync(path.join(INTEROP_DIR, name), 'utf8');
}

/** Counts taken from the raw text with regular expressions, independent of the importer. */
export function rawCounts(name: string): { nodes: number; edges: number; undirectedPairs: number; selfLoops: number } {
  const text = rawText(name);
  const nodes = (text.match(/<node\b/g) ?? []).length;
  const ends = [...text.matchAll(/<edge\b[^>]*?\bsource="([^"]*)"[^>]*?\btarget="([^"]*)"/g)].map((m) => [m[1] ?? '', m[2] ?? '']);
  const pairs = new Set(ends.filter(([s, t]) => s !== t).map(([s, t]) => [s, t].sort().join('\u0000')));
  return { nodes, edges: ends.length, undirectedPairs: pairs.size, selfLoops: ends.filter(([s, t]) => s === t).length };
}

/** The messy corpus: files as other tools and people save them (see test/fixtures/messy/README.md). */
export const MESSY_FIXTURES = path.resolve(REPO_ROOT, 'test/fixtures/messy');

export function messyBytes(name: string): Uint8Array {
  return readFileSync(path.join(MESSY_FIXTURES, name));
}
