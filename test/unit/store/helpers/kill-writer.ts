// One round of a crash test: a writer child saves the map over and over, printing "ack <n>" after
// each save it has finished; it is killed with SIGKILL at a random moment mid-stream.
import { spawnTs, waitForLine } from './spawn-ts';

/**
 * Starts `script` with `args`, waits for its first acknowledged save, lets it run for up to 60 ms
 * more and kills it. Resolves, once it is gone, with the highest save number it acknowledged.
 */
export async function killWriterMidSave(script: string, args: readonly string[], round: number): Promise<number> {
  const child = spawnTs(script, args);
  let lastAcked = 0;
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout.on('data', (chunk: Buffer) => {
    for (const m of chunk.toString().matchAll(/ack (\d+)/g)) lastAcked = Math.max(lastAcked, Number(m[1]));
  });
  const closed = new Promise((resolve) => child.on('close', resolve));
  await waitForLine(child, /^ack \d+$/).catch(() => {
    throw new Error(`writer failed in round ${round}: ${stderr}`);
  });
  await new Promise((resolve) => setTimeout(resolve, Math.random() * 60));
  child.kill('SIGKILL');
  await closed;
  return lastAcked;
}
