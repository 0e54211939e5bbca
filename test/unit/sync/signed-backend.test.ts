// Signed changes through the window's channels and a real folder relay: "Share this map…" makes a
// signed map whose invite carries an invitation (words form version 2), "Join a shared map…" with
// those words admits the joiner, their edits reach the other side, every relay document is signed,
// and a change forged under Ana's name by someone holding the invite's coalition key is refused
// like a tampered one: counted in the status, one `sync-refused` audit entry, Ben's map unchanged.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyAuditLog } from '../../../electron/main/audit';
import { coalitionSealer } from '../../../electron/main/sync/seal';
import { documentMessage, newSigningKeys, signText } from '../../../electron/main/sync/signing';
import type { OpenedMap } from '../../../shared/ipc';
import { inviteFromWords } from '../../../shared/sharing/invite';
import { useBackends } from '../backend/use-backends';

const backends = useBackends();

async function opened(api: { startSession(a: object): Promise<OpenedMap | { status: string; message?: string }> }): Promise<OpenedMap> {
  const result = await api.startSession({});
  if (result.status !== 'opened') throw new Error('no map opened');
  return result as OpenedMap;
}

describe('signed changes in the window', () => {
  it('share and join make a signed map; a change forged under Ana’s name with the invite’s key is refused and audited', async () => {
    const relayRoot = join(await backends.tempDir(), 'relay');
    const ana = await backends.start();
    await opened(ana.api);
    const invite = await ana.api.shareMap({ yourName: 'Ana', relay: relayRoot, inviteName: 'Ben' });
    const words = inviteFromWords(invite.words);
    expect(words.invitation?.length).toBe(16);
    const ben = await backends.start();
    await opened(ben.api);
    const joined = await ben.api.joinSharedMap({ invite: invite.words, relay: invite.relay });
    const target = joined.map.stakeholders[1]!;
    await ben.api.saveMap({ map: { ...joined.map, stakeholders: joined.map.stakeholders.map((s) => (s.id === target.id ? { ...s, role: 'Chair' } : s)) } });
    await ben.api.syncSharedNow({});
    await ana.api.syncSharedNow({});
    const took = await ana.api.takeSharedChanges({});
    expect(took?.map.stakeholders.find((s) => s.id === target.id)?.role).toBe('Chair');
    expect((await ana.api.sharingStatus({})).refused).toBe(0);

    const files = (await readdir(invite.relay)).filter((f) => f.endsWith('.sealed'));
    const docs = await Promise.all(files.map(async (f) => ({ id: f.slice(0, 32), ct: await readFile(join(invite.relay, f), 'utf8') })));
    for (const doc of docs) expect(doc.ct).toContain('.');
    // Whoever holds the invite's words can seal; Ana's actor id is inside her first change.
    const sealer = coalitionSealer(words.key, words.coalitionId);
    const anaActor = docs.map((d) => sealer.open(d)).find((c) => c.ops.some((op) => op.table === 'members' && op.field === 'name' && op.value === 'Ana'))?.actor;
    if (anaActor === undefined) throw new Error('no change by Ana on the relay');
    const forged = sealer.seal({ actor: anaActor, seq: 50, clock: 500, deps: {}, at: '2026-12-04T23:00:00.000Z', ops: [{ table: 'stakeholders', id: target.id, field: 'role', value: 'Forged' }], format: 1 });
    // Signed, but with a key that is not Ana's (the forger's own).
    const signature = signText(newSigningKeys().privateKey, documentMessage(words.coalitionId, forged.id, 'change', forged.ct));
    await writeFile(join(invite.relay, `${forged.id}.sealed`), `${forged.ct}.${signature}`);
    await ben.api.syncSharedNow({});
    expect((await ben.api.sharingStatus({})).refused).toBe(1);
    // Nothing new to take (null), or a map where Ben's own value stands.
    expect((await ben.api.takeSharedChanges({}))?.map.stakeholders.find((s) => s.id === target.id)?.role ?? 'Chair').toBe('Chair');
    const benLog = await verifyAuditLog(ben.dataDir);
    expect(benLog.entries.filter((e) => e.action === 'sync-refused').map((e) => e.recordCount)).toEqual([1]);
  });
});
