// SEC-7: every contract channel is registered through the guard, and each guard refuses untrusted
// senders and bad payloads before the backend sees them.
import type { IpcMain } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeIpcMain, FakeWebContents, fakeElectron } from './fake-electron';
import {
  payloadLimit,
  registerContract,
  registerContractOnIpcMain,
  sendMenuCommand,
  sendOpenRecent,
  SMALL_PAYLOAD_BYTES,
} from '../../../electron/main/ipc';
import {
  CHANNEL_NAMES,
  MAX_PAYLOAD_BYTES,
  MENU_COMMAND_CHANNEL,
  MENU_COMMANDS,
  MENU_OPEN_RECENT_CHANNEL,
  ipcChannel,
  type ChannelArgs,
  type ChannelName,
  type CoalitionBackend,
} from '../../../shared/ipc';
import { sampleCoalition } from '../../../shared/sample';

vi.mock('electron', async () => (await import('./fake-electron')).createFakeElectron());

const map = sampleCoalition({ now: '2025-03-01T10:00:00.000Z' });
const mapFile = '/home/someone/maps/harlow.coalition.json';

/** One valid argument per channel; typed so a new channel without an example fails to compile. */
const VALID_ARGS: { readonly [K in ChannelName]: ChannelArgs<K> } = {
  startSession: {},
  newMap: { name: 'Harlow Bend', template: 'sample' },
  openMapDialog: {},
  openRecent: { path: mapFile },
  listRecent: {},
  saveMap: { map },
  saveMapPatch: { baseRevision: 3, patch: { stakeholders: { upsert: [map.stakeholders[0]!], remove: [] }, ties: { upsert: [], remove: [map.ties[0]!.id] }, sections: { coalition: map.coalition } } },
  stageMapPatch: { stageId: 'stage-1', baseRevision: null, patch: { stakeholders: { upsert: [map.stakeholders[0]!], remove: [] }, ties: { upsert: [], remove: [] }, sections: {} } },
  saveMapAsDialog: { map },
  listBackups: { path: mapFile },
  restoreBackup: { path: mapFile, backupId: '2025-03-01T10-00-00Z' },
  chooseImportFile: { purpose: 'import' },
  saveExportFile: { suggestedFileName: 'recruitment.csv', format: 'csv', content: 'name\r\n', summary: { records: 0, ties: 0, leftOut: 0, redacted: 0 } },
  saveBriefPdf: { suggestedFileName: 'brief.pdf', pageSize: 'A4', summary: { records: 3, ties: 2, leftOut: 0, redacted: 1 } },
  unlockMap: { path: mapFile, passphrase: 'correct horse battery' },
  setPassphrase: { current: null, next: 'correct horse battery' },
  lockNow: {},
  purgeInactive: { mode: 'notes', inactiveDays: 365, dryRun: true },
  sharingStatus: {},
  shareMap: { yourName: 'Ana', relay: 'https://relay.example.org', inviteName: 'Ben' },
  inviteOrganizer: { name: 'Chris' },
  joinSharedMap: { invite: 'acorn adobe agent', relay: 'https://relay.example.org/coalition-0123' },
  takeSharedChanges: {},
  settleSharedConflict: { table: 'stakeholders', id: 's1', field: 'role', keep: 1 },
  undoSharedChange: {},
  syncSharedNow: {},
  removeSharedMember: { member: 'org-0123456789abcdef' },
  startSharedCleanCopy: {},
  followSharedMap: { invite: 'acorn adobe agent' },
  allowSharedPlaceholders: { allowed: true },
  shareRestrictedPerson: { person: 's1', name: 'Ben' },
  joinRestrictedRecord: { invite: 'acorn adobe agent', relay: '/media/shared/restricted-0123' },
  addRestrictedPerson: { record: '0123456789abcdef0123456789abcdef', person: 's1' },
  inviteToRestrictedRecord: { record: '0123456789abcdef0123456789abcdef', name: 'Dana' },
  leaveRestrictedRecord: { record: '0123456789abcdef0123456789abcdef' },
  removeFromRestrictedRecord: { record: '0123456789abcdef0123456789abcdef', member: 'actor-0123abcd' },
};

const trusted = { senderFrame: { parent: null, url: 'app://bundle/index.html' } };

type Handler = (event: unknown, raw: unknown) => Promise<unknown>;

function recordingBackend() {
  const calls: Array<[string, unknown]> = [];
  const backend = Object.fromEntries(
    CHANNEL_NAMES.map((name) => [
      name,
      vi.fn(async (args: unknown) => {
        calls.push([name, args]);
        return { answeredBy: name };
      }),
    ]),
  ) as unknown as CoalitionBackend;
  return { backend, calls };
}

let ipcMain: FakeIpcMain;
let calls: Array<[string, unknown]>;
let unregister: () => void;

beforeEach(() => {
  ipcMain = new FakeIpcMain();
  const recording = recordingBackend();
  calls = recording.calls;
  unregister = registerContract(ipcMain as unknown as IpcMain, recording.backend);
});

afterEach(() => unregister());

function handler(name: ChannelName): Handler {
  const found = ipcMain.handlers.get(ipcChannel(name));
  if (!found) throw new Error(`no handler for ${name}`);
  return found as Handler;
}

describe('registration', () => {
  it('handles exactly the contract channels, nothing more', () => {
    expect([...ipcMain.handlers.keys()].sort()).toEqual(CHANNEL_NAMES.map(ipcChannel).sort());
    expect(ipcMain.handlers.has('coalition:deleteEverything')).toBe(false);
  });

  it("registerContractOnIpcMain uses Electron's own ipcMain", async () => {
    const electron = await fakeElectron();
    const remove = registerContractOnIpcMain(recordingBackend().backend);
    expect([...electron.ipcMain.handlers.keys()].sort()).toEqual(CHANNEL_NAMES.map(ipcChannel).sort());
    remove();
    expect(electron.ipcMain.handlers.size).toBe(0);
  });

  it('can remove every handler again', () => {
    unregister();
    expect(ipcMain.handlers.size).toBe(0);
  });
});

describe.each(CHANNEL_NAMES)('channel %s', (name) => {
  const valid = VALID_ARGS[name] as Record<string, unknown>;

  async function expectRefused(event: unknown, raw: unknown, message?: RegExp) {
    const outcome = handler(name)(event, raw);
    await expect(outcome).rejects.toThrow(message ?? /./);
    await outcome.catch((error: unknown) => expect(Object.getPrototypeOf(error)).toBe(Error.prototype));
    expect(calls).toEqual([]);
  }

  it('passes a valid call from the app page to the backend', async () => {
    await expect(handler(name)(trusted, valid)).resolves.toEqual({ answeredBy: name });
    expect(calls).toHaveLength(1);
    expect(calls[0]?.[0]).toBe(name);
  });

  it('refuses a sender from another origin', async () => {
    await expectRefused({ senderFrame: { parent: null, url: 'https://evil.example/' } }, valid, /app's own page/);
    await expectRefused({ senderFrame: { parent: null, url: 'app://bundle.evil/index.html' } }, valid);
    await expectRefused({ senderFrame: { parent: null, url: 'file:///home/someone/index.html' } }, valid);
  });

  it('refuses a sub-frame, even one on the app origin', async () => {
    await expectRefused({ senderFrame: { parent: trusted.senderFrame, url: 'app://bundle/index.html' } }, valid);
  });

  it('refuses a call whose frame is gone', async () => {
    await expectRefused({ senderFrame: null }, valid);
    await expectRefused({}, valid);
  });

  it('refuses an extra key', async () => {
    await expectRefused(trusted, { ...valid, extra: true });
  });

  it('refuses __proto__ and constructor keys, and leaves Object.prototype alone', async () => {
    await expectRefused(trusted, { ...valid, ...JSON.parse('{"__proto__":{"isAdmin":true}}') });
    await expectRefused(trusted, { ...valid, ...JSON.parse('{"constructor":{"prototype":{"isAdmin":true}}}') });
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it('refuses a 10 MB string', async () => {
    await expectRefused(trusted, { ...valid, note: 'x'.repeat(10 * 1024 * 1024) });
    const firstKey = Object.keys(valid)[0];
    if (firstKey && typeof valid[firstKey] === 'string') {
      await expectRefused(trusted, { ...valid, [firstKey]: 'x'.repeat(10 * 1024 * 1024) });
    }
  });

  it('refuses a missing or non-object argument', async () => {
    await expectRefused(trusted, undefined);
    await expectRefused(trusted, 'startSession');
    await expectRefused(trusted, [valid]);
  });
});

describe('payload limits', () => {
  it('only the map-carrying channels get the large limit', () => {
    expect(payloadLimit('saveMap')).toBe(MAX_PAYLOAD_BYTES);
    expect(payloadLimit('saveMapAsDialog')).toBe(MAX_PAYLOAD_BYTES);
    // A patch can carry whole sections (snapshots, meetings), far above the small limit.
    expect(payloadLimit('saveMapPatch')).toBe(MAX_PAYLOAD_BYTES);
    expect(payloadLimit('openRecent')).toBe(SMALL_PAYLOAD_BYTES);
  });

  it('refuses a map payload above the large limit before parsing it', async () => {
    const huge = { map: { ...map, coalition: { ...map.coalition, mission: 'x'.repeat(MAX_PAYLOAD_BYTES) } } };
    await expect(handler('saveMap')(trusted, huge)).rejects.toThrow(/too large/);
    expect(calls).toEqual([]);
  });

  it('refuses a payload JSON cannot express (a cycle)', async () => {
    const cyclic: Record<string, unknown> = { path: mapFile };
    cyclic.self = cyclic;
    await expect(handler('openRecent')(trusted, cyclic)).rejects.toThrow(/too large/);
    expect(calls).toEqual([]);
  });
});

describe('map validation', () => {
  it('refuses an invalid map and names what is wrong', async () => {
    const tie = map.ties[0];
    if (!tie) throw new Error('the sample map has ties');
    const broken = { ...map, ties: [{ ...tie, target: 'nobody' }] };
    await expect(handler('saveMap')(trusted, { map: broken })).rejects.toThrow(/unknown stakeholder "nobody"/);
    await expect(handler('saveMap')(trusted, { map: { ...map, format: 'something-else' } })).rejects.toThrow(/format/);
    await expect(handler('saveMap')(trusted, { map: { ...map, version: 99 } })).rejects.toThrow(/version/);
    expect(calls).toEqual([]);
  });
});

describe('results and errors', () => {
  it('turns a backend failure into a plain Error with the same message', async () => {
    class StoreError extends Error {
      readonly secretPath = '/home/someone/private';
    }
    const failing = { ...recordingBackend().backend, listRecent: vi.fn(async () => Promise.reject(new StoreError('the recent list could not be read'))) };
    const local = new FakeIpcMain();
    registerContract(local as unknown as IpcMain, failing);
    const outcome = (local.handlers.get(ipcChannel('listRecent')) as Handler)(trusted, {});
    await expect(outcome).rejects.toThrow('the recent list could not be read');
    const error = await outcome.catch((e: unknown) => e);
    expect(Object.getPrototypeOf(error)).toBe(Error.prototype);
    expect(error).not.toHaveProperty('secretPath');
  });

  it('uses a custom sender check when given one', async () => {
    const local = new FakeIpcMain();
    const recording = recordingBackend();
    registerContract(local as unknown as IpcMain, recording.backend, { isTrustedSender: () => false });
    await expect((local.handlers.get(ipcChannel('listRecent')) as Handler)(trusted, {})).rejects.toThrow(/refused/);
    expect(recording.calls).toEqual([]);
  });
});

describe('main -> window messages', () => {
  it('sends each known menu command on the menu channel', () => {
    const contents = new FakeWebContents();
    for (const command of MENU_COMMANDS) sendMenuCommand(contents, command);
    expect(contents.sent).toEqual(MENU_COMMANDS.map((command) => [MENU_COMMAND_CHANNEL, command]));
  });

  it('refuses an unknown command and skips a closed window', () => {
    const contents = new FakeWebContents();
    expect(() => sendMenuCommand(contents, 'format-disk' as never)).toThrow(/unknown menu command/);
    contents.destroyed = true;
    sendMenuCommand(contents, 'undo');
    sendOpenRecent(contents, mapFile);
    expect(contents.sent).toEqual([]);
  });

  it('sends a recent pick as its path only', () => {
    const contents = new FakeWebContents();
    sendOpenRecent(contents, mapFile);
    expect(contents.sent).toEqual([[MENU_OPEN_RECENT_CHANNEL, mapFile]]);
  });
});
