// `coalition-map analyze` run as a real child process on a real map file in a temp folder.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { sampleMap } from '../analysis/sample-map';
import { runCli, useWorkFolder } from './support/run-cli';

const root = join(import.meta.dirname, '../../..');

describe('coalition-map analyze', () => {
  const work = useWorkFolder('coalition-analyze-');
  beforeAll(async () => {
    await writeFile(join(work.path, 'riverside.json'), JSON.stringify(sampleMap(), null, 2));
    await writeFile(join(work.path, 'broken.json'), '{"format": "coalition-map", "version": 1, "stakeholders": 3');
  });

  it('prints the JSON shape with the missing category, the duplicated service and the broker', async () => {
    const { code, stdout, stderr } = await runCli(['analyze', 'riverside.json', '--json'], { cwd: work.path });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.summary).toMatchObject({ stakeholders: 10, ties: 11, members: 3, components: 2 });
    expect(typeof out.summary.density).toBe('number');
    expect(Object.keys(out.stakeholders[0])).toEqual(
      expect.arrayContaining(['id', 'name', 'kind', 'categories', 'stage', 'degree', 'betweenness', 'closeness', 'pagerank', 'coreNumber', 'community']),
    );
    const policymakers = out.coverage.find((c: { category: string }) => c.category === 'policymaker');
    expect(policymakers).toMatchObject({ members: 0, onMap: 0, status: 'missing', gap: 'network' });
    expect(policymakers.target).toEqual({ minMembers: 1, minShare: 0 });
    const shelter = out.services.find((s: { service: string }) => s.service === 'emergency-shelter');
    expect(shelter).toMatchObject({ status: 'duplicated', providers: ['shelter', 'haven'], uncoordinatedPairs: [['shelter', 'haven']] });
    expect(out.coreCandidates[0].id).toBe('pastor');
    expect(out.coreCandidates[0].reasons[0]).toMatch(/^The only link between/);
    expect(out.recruitment[0]).toEqual(expect.objectContaining({ category: 'influential', id: 'pastor', introducer: 'shelter', path: ['shelter', 'pastor'], distance: 1 }));
    expect(out.warnings.map((w: { kind: string }) => w.kind)).toContain('no-path-to-services');
    expect(out.articulationPoints).toContain('pastor');
    expect(out.bridges).toContainEqual(['shelter', 'pastor']);
    expect(stdout).not.toContain('Maria');
    expect(stdout).toContain('Confidential stakeholder 1');
  });

  it('shows confidential names only with --include-confidential', async () => {
    const { code, stdout } = await runCli(['analyze', join(work.path, 'riverside.json'), '--json', '--include-confidential'], { cwd: root });
    expect(code).toBe(0);
    expect(stdout).toContain('Maria Lopez');
  });

  it('prints a readable report naming the gap, the duplication and the broker', async () => {
    const { code, stdout } = await runCli(['analyze', 'riverside.json'], { cwd: work.path });
    expect(code).toBe(0);
    expect(stdout).toMatch(/Policymaker\s+0 \/ 0\s+MISSING/);
    expect(stdout).toMatch(/Emergency shelter\s+DUPLICATED/);
    expect(stdout).toMatch(/Pastor James Reed \(score [\d.]+\)\n\s+- The only link between/);
    expect(stdout).not.toContain('Maria');
  });

  it('fails clearly on a broken file, a missing file and bad usage', async () => {
    const broken = await runCli(['analyze', 'broken.json'], { cwd: work.path });
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain('broken.json');
    const missing = await runCli(['analyze', 'nowhere.json'], { cwd: work.path });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/not found/);
    const usage = await runCli(['analyze', 'riverside.json', '--colour'], { cwd: work.path });
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/unknown option --colour/);
  });
});
