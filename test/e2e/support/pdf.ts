// Reading a saved PDF back with poppler's tools (poppler-utils; .ci/run installs it). A missing
// tool fails the test that needs it: a privacy check that skips itself where the tool is absent
// proves nothing on exactly the machines that do not look.
import { execFileSync } from 'node:child_process';

function popplerTool(name: 'pdftotext' | 'pdftoppm'): string {
  try {
    const path = execFileSync('which', [name], { encoding: 'utf8' }).trim();
    if (path !== '') return path;
  } catch {
    // falls through to the error below
  }
  throw new Error(`${name} is not installed; the PDF checks need poppler-utils (apt-get install poppler-utils)`);
}

/**
 * The text of every page of the PDF at `path`, ligatures unfolded (NFKC) and runs of white space
 * made one space, so a name a layout broke across lines or columns still reads as one.
 */
export function pdfText(path: string): string {
  const raw = execFileSync(popplerTool('pdftotext'), [path, '-'], { encoding: 'utf8' });
  return raw.normalize('NFKC').replace(/\s+/g, ' ');
}

/** Renders the first page of the PDF at `path` to `${prefix}.png`. */
export function renderFirstPage(path: string, prefix: string, dpi: number): void {
  execFileSync(popplerTool('pdftoppm'), ['-png', '-r', String(dpi), '-f', '1', '-l', '1', '-singlefile', path, prefix]);
}
