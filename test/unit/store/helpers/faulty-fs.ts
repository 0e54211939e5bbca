// A real file system with one injected fault: the chosen step fails with the chosen code, for
// files whose path matches, a given number of times. Everything else goes to the disk for real.
import { nodeFs, type FsPort } from '../../../../electron/main/store';

export type FaultStep = 'open' | 'write' | 'sync' | 'rename' | 'link';

export interface Fault {
  step: FaultStep;
  code: string;
  /** How many calls fail before the step works again (Infinity: always). */
  times: number;
  matches: (path: string) => boolean;
}

function systemError(code: string, path: string): Error {
  return Object.assign(new Error(`${code}: injected fault, ${path}`), { code });
}

export function faultyFs(fault: Fault): FsPort & { readonly failures: () => number } {
  let failures = 0;
  const trip = (step: FaultStep, path: string): void => {
    if (fault.step !== step || !fault.matches(path) || failures >= fault.times) return;
    failures += 1;
    throw systemError(fault.code, path);
  };
  return {
    ...nodeFs,
    failures: () => failures,
    async open(path, flags, mode) {
      trip('open', path);
      const handle = await nodeFs.open(path, flags, mode);
      return {
        writeFile: async (data) => {
          trip('write', path);
          await handle.writeFile(data);
        },
        sync: async () => {
          trip('sync', path);
          await handle.sync();
        },
        close: () => handle.close(),
      };
    },
    async rename(from, to) {
      trip('rename', to);
      await nodeFs.rename(from, to);
    },
    async link(existing, created) {
      trip('link', created);
      await nodeFs.link(existing, created);
    },
  };
}
