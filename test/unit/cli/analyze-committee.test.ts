// `coalition-map analyze --committee` run as a real child process: coverage counted over one
// committee rides along as `committeeCoverage` (JSON) or its own section (text).
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { sampleMap } from '../analysis/sample-map';
import { runCli, useWorkFolder } from './support/run-cli';

describe('coalition-map analyze --committee', () => {
  const work = useWorkFolder('coalition-committee-');
  beforeAll(async () => {
    const map = { ...sampleMap(), committees: [{ id: 'c-out', name: 'Faith Outreach', purpose: 'Reach faith groups', memberIds: ['shelter', 'pastor'] }] };
    await writeFile(join(work.path, 'riverside.json'), JSON.stringify(map, null, 2));
  });

  it('adds committeeCoverage for a committee named by id, beside the whole coalition', async () => {
    const { code, stdout, stderr } = await runCli(['analyze', 'riverside.json', '--json', '--committee', 'c-out'], { cwd: work.path });
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
    const { code, stdout } = await runCli(['analyze', 'riverside.json', '--committee=faith outreach'], { cwd: work.path });
    expect(code).toBe(0);
    expect(stdout).toContain('Category coverage for the committee "Faith Outreach" (2 people on it / on the map)');
    expect(stdout).toMatch(/Directly affected[^\n]*\s+0 \/ 2\s+MISSING\n\s+No one on Faith Outreach is a directly-affected person, though 1 coalition member is/);
  });

  it('leaves the key out without --committee, and refuses an unknown committee or a missing value', async () => {
    const plain = JSON.parse((await runCli(['analyze', 'riverside.json', '--json'], { cwd: work.path })).stdout);
    expect(plain).not.toHaveProperty('committeeCoverage');
    const unknown = await runCli(['analyze', 'riverside.json', '--json', '--committee', 'Finance'], { cwd: work.path });
    expect(unknown.code).toBe(1);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr).toContain('No committee "Finance" on this map. Its committees: "Faith Outreach" (c-out).');
    const bare = await runCli(['analyze', 'riverside.json', '--committee'], { cwd: work.path });
    expect(bare.code).toBe(2);
    expect(bare.stderr).toMatch(/--committee needs a committee id or name/);
  });
});
