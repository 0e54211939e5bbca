// Starts a TypeScript file in a real child Node process (through tsx) from the repository root.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

export function spawnTs(script: string, args: readonly string[]): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, ['--import', 'tsx', script, ...args], { cwd: REPO_ROOT, stdio: 'pipe' });
}

export interface ChildOutcome {
  stdout: string;
  stderr: string;
  code: number | null;
}

/** Runs to the end; resolves with stdout, stderr and the exit code. */
export function runTs(script: string, args: readonly string[]): Promise<ChildOutcome> {
  return outcomeOf(spawnTs(script, args));
}

/** Collects a piped child's output until it ends; rejects only when it could not start. */
export function outcomeOf(child: ChildProcessWithoutNullStreams): Promise<ChildOutcome> {
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ stdout, stderr, code }));
  });
}

/** Resolves when the child has printed a line matching `pattern`. */
export function waitForLine(child: ChildProcessWithoutNullStreams, pattern: RegExp): Promise<string> {
  return new Promise((resolve, reject) => {
    let buffer = '';
    const onData = (chunk: Buffer): void => {
      buffer += chunk.toString();
      const line = buffer.split('\n').find((l) => pattern.test(l));
      if (line !== undefined) {
        child.stdout.off('data', onData);
        resolve(line);
      }
    };
    child.stdout.on('data', onData);
    child.on('close', () => reject(new Error(`child ended before printing ${pattern}: ${buffer}`)));
  });
}
