// Run as a separate process by the crash test: saves ever-higher sequence numbers as fast as it
// can and prints each one only after its save resolved, until it is killed.
import { openMapStore } from '../../../../electron/main/store';
import { numberedMap, sequenceOf } from './maps';

const [path, backupDir] = process.argv.slice(2);
if (!path || !backupDir) throw new Error('usage: writer-child <map> <backupDir>');
const store = await openMapStore(path, { backupDir });
let n = sequenceOf(store.map);
for (;;) {
  n += 1;
  // Enough stakeholders that a write takes long enough to be interrupted part-way.
  await store.save(numberedMap(n, 300));
  process.stdout.write(`ack ${n}\n`);
}
