// The built command line's entry (dist/cli/coalition-map.mjs, made by build/build-cli.mjs): runs
// the subcommand named on the command line with the real process's streams.
import { runCli } from '../cli';
import type { CliIO } from './types';

const io: CliIO = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  env: process.env,
  cwd: process.cwd(),
};
process.exitCode = await runCli(process.argv.slice(2), io);
