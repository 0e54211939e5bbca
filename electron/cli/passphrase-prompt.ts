// Asking a person at a terminal for a passphrase without showing it. readline does the line editing
// (backspace, arrows) but its echo goes to a sink; only the question and the final newline are shown.
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';

export type PassphrasePrompt = (question: string) => Promise<string>;

export interface PromptStreams {
  readonly input: NodeJS.ReadableStream;
  /** Where the question goes: stderr, so a command's stdout (JSON, CSV) stays clean. */
  readonly output: NodeJS.WritableStream;
}

/** Reads one line from `input` with nothing echoed; rejects on Ctrl-C or end of input. */
export function promptHidden(question: string, { input, output }: PromptStreams): Promise<string> {
  const muted = new Writable({
    write(_chunk, _encoding, done) {
      done();
    },
  });
  return new Promise((resolve, reject) => {
    const rl = createInterface({ input, output: muted, terminal: true });
    let answered = false;
    output.write(question);
    rl.on('line', (line) => {
      answered = true;
      output.write('\n');
      rl.close();
      resolve(line);
    });
    // Without a listener readline would only pause on Ctrl-C and the command would hang.
    rl.on('SIGINT', () => rl.close());
    rl.on('close', () => {
      if (answered) return;
      output.write('\n');
      reject(new Error('no passphrase was entered (cancelled)'));
    });
  });
}

/** A prompt on this process's terminal, or null when stdin is not one (a script or a pipe). */
export function terminalPrompt(
  input: NodeJS.ReadableStream & { readonly isTTY?: boolean } = process.stdin,
  output: NodeJS.WritableStream = process.stderr,
): PassphrasePrompt | null {
  if (input.isTTY !== true) return null;
  return (question) => promptHidden(question, { input, output });
}
