// The kill tests' one harness: an app script in a real child process (through tsx), killed with
// SIGKILL mid-work as a crash or a pulled plug would end it, at a line it prints or after a delay.
import { spawnTs } from '../../store/helpers/spawn-ts';

export interface KillPlan {
  /** Kill when this is true of a line the child printed (`seen` holds every line so far, that one included). */
  readonly atLine?: (line: string, seen: readonly string[]) => boolean;
  /** Kill this many ms after the start, or after the line `after` when given. */
  readonly afterMs?: number;
  readonly after?: string;
}

/**
 * Runs `script` with `args` under `plan` (an empty plan: to its end). Resolves with the lines it
 * printed once it ends by itself (exit code 0) or by the kill; rejects, with its stderr, on any other end.
 */
export function runUntilKilled(script: string, args: readonly string[], plan: KillPlan = {}): Promise<string[]> {
  const child = spawnTs(script, args);
  const kill = () => child.kill('SIGKILL');
  const killLater = () => setTimeout(kill, plan.afterMs);
  if (plan.afterMs !== undefined && plan.after === undefined) killLater();
  const seen: string[] = [];
  let buffer = '';
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout.on('data', (chunk: Buffer) => {
    buffer += chunk.toString();
    const lines = buffer.split('\n');
    buffer = lines.pop() ?? '';
    for (const line of lines) {
      seen.push(line);
      if (plan.atLine?.(line, seen) === true) kill();
      if (plan.afterMs !== undefined && line === plan.after) killLater();
    }
  });
  return new Promise((resolve, reject) =>
    child.on('close', (code, signal) => (code === 0 || signal === 'SIGKILL' ? resolve(seen) : reject(new Error(`the app failed (${code}): ${stderr}`)))),
  );
}
