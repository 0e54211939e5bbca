// The house's one-way imports: every relative import is resolved to the folder it lands in, and
// an import from a room into one it must not reach is listed as file: specifier.
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceFiles, type SourceFile } from './source-files';

const IMPORT = /(?:from\s+|import\s*\(\s*)['"](\.{1,2}\/[^'"]+)['"]/g;

/** Each relative import of the files, as [importing file, the path it resolves to]. */
function importsOf(files: readonly SourceFile[]): [string, string][] {
  return files.flatMap((f) => [...f.text.matchAll(IMPORT)].map((m): [string, string] => [f.path, normalize(join(dirname(f.path), m[1] ?? '')).split('\\').join('/')]));
}

function reaching(files: readonly SourceFile[], forbidden: string): string[] {
  return importsOf(files).filter(([, to]) => to.startsWith(forbidden)).map(([from, to]) => `${from}: ${to}`);
}

describe('imports point one way', () => {
  it('sees imports at all (the check can fail)', () => {
    expect(importsOf(sourceFiles('shared/analysis')).some(([, to]) => to.startsWith('shared/graph/'))).toBe(true);
  });

  it('shared/ imports neither the Node side nor the window', () => {
    expect([...reaching(sourceFiles('shared'), 'electron/'), ...reaching(sourceFiles('shared'), 'renderer/')]).toEqual([]);
  });

  it('the graph kernels do not import the coalition analysis built on them', () => {
    expect(reaching(sourceFiles('shared/graph'), 'shared/analysis/')).toEqual([]);
  });

  it('the window\'s state does not import its views', () => {
    expect(reaching(sourceFiles('renderer/src/state'), 'renderer/src/views/')).toEqual([]);
  });

  it('the Node side and the window do not import each other', () => {
    expect([...reaching(sourceFiles('electron'), 'renderer/'), ...reaching(sourceFiles('renderer'), 'electron/')]).toEqual([]);
  });
});
