// Run as a separate process: opens a map and changes its passphrase (plain -> encrypted, or the
// reverse with "decrypt"), killing itself with SIGKILL at the N-th disk step of the change (file
// created, written, synced, renamed, linked or deleted). Prints "done" when the change finished first.
import { createPassphraseCodec, unlockPassphraseCodec } from '../../../../electron/main/crypto';
import { nodeFs, openMapStore, type FsPort } from '../../../../electron/main/store';

const [path, backupDir, killAtArg, direction, passphrase] = process.argv.slice(2);
if (!path || !backupDir || !killAtArg || !direction || !passphrase) throw new Error('usage: rekey-child <map> <backupDir> <killAt> <encrypt|decrypt> <passphrase>');
const killAt = Number(killAtArg);
let armed = false;
let steps = 0;
const step = (): void => {
  if (!armed) return;
  steps += 1;
  if (steps === killAt) process.kill(process.pid, 'SIGKILL');
};

const fs: FsPort = {
  ...nodeFs,
  async open(file, flags, mode) {
    if (flags !== 'r') step();
    const handle = await nodeFs.open(file, flags, mode);
    return {
      writeFile: async (data) => {
        step();
        await handle.writeFile(data);
      },
      sync: async () => {
        step();
        await handle.sync();
      },
      close: () => handle.close(),
    };
  },
  rename: async (from, to) => {
    step();
    await nodeFs.rename(from, to);
  },
  link: async (existing, created) => {
    step();
    await nodeFs.link(existing, created);
  },
  unlink: async (file) => {
    step();
    await nodeFs.unlink(file);
  },
};

const cost = { N: 2 ** 14, r: 8, p: 1 };
const current = direction === 'decrypt' ? await unlockPassphraseCodec(await nodeFs.readFile(path), passphrase, path) : null;
const store = await openMapStore(path, { backupDir, fs, codec: current });
const next = direction === 'decrypt' ? null : await createPassphraseCodec(passphrase, cost);
armed = true;
await store.changeCodec(next);
armed = false;
await store.close();
process.stdout.write(`done after ${steps} steps\n`);
