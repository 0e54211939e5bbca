// What the command line prints comes partly from map files, which anyone may have written: a name
// holding terminal escape codes could rewrite the screen, retitle the window or hide text. Every
// line goes out without control characters (line breaks and tabs stay) and without the invisible
// direction overrides that make text read differently from what it holds.
import type { CliIO } from './types';

// C0 controls but tab and line feed, DEL, C1 controls, and the bidirectional embeddings, overrides and isolates.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

// Whole escape sequences go first (CSI "ESC [ … final", OSC "ESC ] … BEL or ESC \\", 8-bit CSI), so no
// visible remainder such as "[2J" is left; then any control character left over.
// eslint-disable-next-line no-control-regex
const SEQUENCES = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u009b[0-?]*[ -/]*[@-~]|\u001b[@-_]/g;

export function stripControl(text: string): string {
  return text.replace(SEQUENCES, '').replace(UNSAFE, '');
}

/** The same IO with both streams cleaned; environment and folder unchanged. */
export function terminalSafe(io: CliIO): CliIO {
  return { ...io, out: (text) => io.out(stripControl(text)), err: (text) => io.err(stripControl(text)) };
}
