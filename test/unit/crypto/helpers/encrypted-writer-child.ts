// Run as a separate process by the encrypted crash test: unlocks the map with the passphrase from
// COALITION_PASSPHRASE, then saves ever-higher sequence numbers, printing each after it landed.
import { readFile } from 'node:fs/promises';
import { unlockPassphraseCodec } from '../../../../electron/main/crypto';
import { openMapStore } from '../../../../electron/main/store';
import { sequenceOf } from '../../store/helpers/maps';
import { canaryMap } from './canary';

const [path, backupDir] = process.argv.slice(2);
const passphrase = process.env.COALITION_PASSPHRASE;
if (!path || !backupDir || !passphrase) throw new Error('usage: COALITION_PASSPHRASE=... encrypted-writer-child <map> <backupDir>');
const codec = await unlockPassphraseCodec(await readFile(path), passphrase, path);
if (codec === null) throw new Error('the map is not encrypted');
// Backups every save, so kills also land in the middle of backup writes.
const store = await openMapStore(path, { backupDir, codec, backupIntervalMinutes: 0, maxBackups: 3 });
let n = sequenceOf(store.map);
for (;;) {
  n += 1;
  await store.save(canaryMap(n, 300));
  process.stdout.write(`ack ${n}\n`);
}
