// `coalition-map analyze --committee` run as a real child process: coverage counted over one
// committee rides along as `committeeCoverage` (JSON) or its own section (text).
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleMap } from '../analysis/sample-map';

const run = promisify(execFile);
const root = join(import.meta.dirname, '../../..');
const tsx = join(root, 'node_modules/.bin/tsx');
const entry = join(root, 'electron/cli.ts');

async function cli(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(tsx, [entry, ...args], { cwd, timeout: 60_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

describe('coalition-map analyze --committee', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'coalition-committee-'));
    const map = { ...sampleMap(), committees: [{ id: 'c-out', name: 'Faith Outreach', purpose: 'Reach faith groups', memberIds: ['shelter', 'pastor'] }] };
    await writeFile(join(dir, 'riverside.json'), JSON.stringify(map, null, 2));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('adds committeeCoverage for a committee named by id, beside the whole coalition', async () => {
    const { code, stdout, stderr } = await cli(['analyze', 'riverside.json', '--json', '--committee', 'c-out'], dir);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.committeeCoverage).toMatchObject({ committeeId: 'c-out', name: 'Faith Outreach', size: 2 });
    const rows = Object.fromEntries(out.committeeCoverage.coverage.map((r: { category: string }) => [r.category, r]));
    expect(rows.influential).toMatchObject({ members: 1, status: 'ok' });
    expect(rows['directly-affected']).toMatchObject({ members: 0, status: 'missing', gap: 'recruitment' });
    expect(out.coverage.find((r: { category: string }) => r.category === 'influential')).toMatchObject({ status: 'missing' });
    expect(out.steps).toHaveLength(7);
  });

  it('finds the committee by name (any case) and prints its own section in the text report', async () => {
    const { code, stdout } = await cli(['analyze', 'riverside.json', '--committee=faith outreach'], dir);
    expect(code).toBe(0);
    expect(stdout).toContain('Category coverage for the committee "Faith Outreach" (2 people on it / on the map)');
    expect(stdout).toMatch(/Directly affected[^\n]*\s+0 \/ 2\s+MISSING\n\s+No one on Faith Outreach is a directly-affected person, though 1 coalition member is/);
  });

  it('leaves the key out without --committee, and refuses an unknown committee or a missing value', async () => {
    const plain = JSON.parse((await cli(['analyze', 'riverside.json', '--json'], dir)).stdout);
    expect(plain).not.toHaveProperty('committeeCoverage');
    const unknown = await cli(['analyze', 'riverside.json', '--json', '--committee', 'Finance'], dir);
    expect(unknown.code).toBe(1);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr).toContain('No committee "Finance" on this map. Its committees: "Faith Outreach" (c-out).');
    const bare = await cli(['analyze', 'riverside.json', '--committee'], dir);
    expect(bare.code).toBe(2);
    expect(bare.stderr).toMatch(/--committee needs a committee id or name/);
  });
});
