// `coalition-map`: the headless face of the app. Looks the subcommand up in the table and runs it;
// bad usage exits 2, a problem the user can fix exits 1, success exits 0.
import { pathToFileURL } from 'node:url';
import { COMMANDS } from './cli/commands';
import { terminalSafe } from './cli/terminal-safe';
import { UsageError, type CliCommand, type CliIO } from './cli/types';

function helpText(commands: readonly CliCommand[]): string {
  const line = (c: CliCommand): string => `${c.name} ${c.usage}`;
  const width = Math.max(...commands.map((c) => line(c).length), 'help'.length);
  return [
    'Coalition Mapper command line',
    '',
    'Usage: coalition-map <command> [arguments]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${line(c).padEnd(width)}  ${c.summary}`),
    `  ${'help'.padEnd(width)}  Show this list.`,
  ].join('\n');
}

export async function runCli(argv: readonly string[], rawIO: CliIO, commands: readonly CliCommand[] = COMMANDS): Promise<number> {
  const io = terminalSafe(rawIO);
  const [name, ...args] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    io.out(helpText(commands));
    return name === undefined ? 2 : 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.err(`error: unknown command "${name}"\n\n${helpText(commands)}`);
    return 2;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`error: ${error.message}\nUsage: coalition-map ${command.name} ${command.usage}`);
      return 2;
    }
    io.err(`error: ${command.name} failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

function isEntryPoint(): boolean {
  const script = process.argv[1];
  return script !== undefined && import.meta.url === pathToFileURL(script).href;
}

if (isEntryPoint()) {
  const io: CliIO = {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
    env: process.env,
    cwd: process.cwd(),
  };
  process.exitCode = await runCli(process.argv.slice(2), io);
}
