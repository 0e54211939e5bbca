// A database (or subfolder) named `name` beside the one `relay` names: the same CouchDB server and
// account, or the same parent folder. A moved shared map, a restricted record and a record's new
// home after a removal all live beside the coalition's own database this way.
import { dirname, join } from 'node:path';
import type { RelaySettings } from './sharing-file';

export function besideRelay(relay: RelaySettings, name: string): RelaySettings {
  if (relay.kind === 'folder') return { ...relay, path: join(dirname(relay.path), name) };
  const url = new URL(relay.url);
  const parts = url.pathname.replace(/\/+$/, '').split('/');
  parts[parts.length - 1] = name;
  url.pathname = parts.join('/');
  return { ...relay, url: url.toString().replace(/\/+$/, '') };
}
