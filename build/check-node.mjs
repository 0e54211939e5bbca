/* global process */
// `npm start` runs this first: Electron 45's build tools (electron-vite and its Vite) need Node
// 22.12 or newer, and on an older Node they fail with an error that does not say so.
import { pathToFileURL } from 'node:url';

const NEEDED = [22, 12];

export function isNewEnough(version) {
  const [major, minor] = version.replace(/^v/, '').split('.').map(Number);
  return major > NEEDED[0] || (major === NEEDED[0] && minor >= NEEDED[1]);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (!isNewEnough(process.version)) {
    process.stderr.write(
      `Coalition Mapper needs Node ${NEEDED.join('.')} or newer to build and start (Electron 45's tools); ` +
        `this is Node ${process.version.slice(1)}. Install a newer Node (https://nodejs.org) and run npm start again.\n`,
    );
    process.exit(1);
  }
}
