// The built command line's entry (dist/cli/coalition-map.mjs, made by build/build-cli.mjs): runs
// the subcommand named on the command line with the real process's streams.
import { runCli } from '../cli';
import type { CliCommand, CliIO } from './types';

// Each command's code is loaded only when it is the one asked for (the build splits them into
// chunks): `analyze` never loads the sheet readers, an import never loads the analysis. Anything
// else (help, an unknown name) loads the whole table.
const LOADERS: Readonly<Record<string, () => Promise<CliCommand>>> = {
  validate: async () => (await import('./validate')).validateCommand,
  analyze: async () => (await import('./analyze')).analyzeCommand,
  import: async () => (await import('./import')).importCommand,
  merge: async () => (await import('./merge')).mergeCommand,
  export: async () => (await import('./export')).exportCommand,
};

const io: CliIO = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  env: process.env,
  cwd: process.cwd(),
};
const argv = process.argv.slice(2);
const load = argv[0] === undefined || !Object.hasOwn(LOADERS, argv[0]) ? undefined : LOADERS[argv[0]];
process.exitCode = await runCli(argv, io, load === undefined ? undefined : [await load()]);
