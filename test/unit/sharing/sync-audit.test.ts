// Sync events in the audit log, through the window's channels and a real folder relay: sharing,
// joining and a refused change (a sealed change altered on the relay) each write one entry with
// a count, and no entry holds a name (organizers', the coalition's, a person's with a canary
// name), the relay's folder or the coalition's id. Removal, clean copy and follow are logged in
// member-move.test.ts.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyAuditLog } from '../../../electron/main/audit';
import type { OpenedMap } from '../../../shared/ipc';
import { inviteFromWords } from '../../../shared/sharing/invite';
import { useBackends } from '../backend/use-backends';

const backends = useBackends();
const CANARY = 'Zephyrine Quillfeather';

async function opened(api: { startSession(a: object): Promise<OpenedMap | { status: string; message?: string }> }): Promise<OpenedMap> {
  const result = await api.startSession({});
  if (result.status !== 'opened') throw new Error('no map opened');
  return result as OpenedMap;
}

describe('sync events in the audit log', () => {
  it('share, join and a refused change each write an entry with a count and no personal data', async () => {
    const relayRoot = join(await backends.tempDir(), 'relay');
    const ana = await backends.start();
    const start = await opened(ana.api);
    const canary = { ...start.map.stakeholders[0]!, id: 'canary-1', name: CANARY, confidential: false };
    await ana.api.saveMap({ map: { ...start.map, stakeholders: [...start.map.stakeholders, canary] } });
    const invite = await ana.api.shareMap({ yourName: 'Anastasia Organizer', relay: relayRoot, inviteName: 'Benedikt Organizer' });
    await ana.api.syncSharedNow({});
    const ben = await backends.start();
    await opened(ben.api);
    await ben.api.joinSharedMap({ invite: invite.words, relay: invite.relay });
    await ben.api.syncSharedNow({});

    // One of Ben's sealed changes, altered on the relay (one byte of its ciphertext flipped), as a new change.
    const files = (await readdir(invite.relay)).filter((f) => f.endsWith('.sealed'));
    const original = await readFile(join(invite.relay, files[0]!), 'utf8');
    const bytes = Buffer.from(original, 'base64');
    bytes[20] = (bytes[20] ?? 0) ^ 0xff;
    await writeFile(join(invite.relay, `${'f'.repeat(32)}.sealed`), bytes.toString('base64'));
    await ana.api.syncSharedNow({});
    expect((await ana.api.sharingStatus({})).refused).toBe(1);
    await ana.api.syncSharedNow({});

    const anaLog = await verifyAuditLog(ana.dataDir);
    expect(anaLog.problems).toEqual([]);
    expect(anaLog.entries.filter((e) => e.action.startsWith('sync-')).map((e) => [e.action, e.recordCount])).toEqual([
      ['sync-share', 1],
      ['sync-refused', 1],
    ]);
    const benLog = await verifyAuditLog(ben.dataDir);
    expect(benLog.entries.map((e) => [e.action, e.recordCount])).toEqual([['sync-join', 2]]);

    const text = (await readFile(join(ana.dataDir, 'audit.log'), 'utf8')) + (await readFile(join(ben.dataDir, 'audit.log'), 'utf8'));
    const { coalitionId } = inviteFromWords(invite.words);
    for (const secret of [CANARY, 'Anastasia', 'Benedikt', start.map.coalition.name, relayRoot, coalitionId, files[0]!.slice(0, 32)]) expect(text).not.toContain(secret);
  });
});
