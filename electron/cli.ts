// `coalition-map`: the headless face of the app. Looks the subcommand up in the table and runs it;
// bad usage exits 2, a problem the user can fix exits 1, success exits 0. The process entry is
// cli/main.ts (built into dist/cli by build/build-cli.mjs; `npm run cli` runs it through tsx).
import { terminalSafe } from './cli/terminal-safe';
import { UsageError, type CliCommand, type CliIO } from './cli/types';

/** Help fits an 80-column terminal: one line a command, its options behind `help <command>`. */
export const HELP_WIDTH = 80;

function helpText(commands: readonly CliCommand[]): string {
  const width = Math.max(...commands.map((c) => c.name.length), 'help'.length);
  return [
    'Coalition Mapper command line. Usage: coalition-map <command> [options]',
    '',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    `  ${'help'.padEnd(width)}  This list; "help <command>" shows that command's options.`,
  ].join('\n');
}

/** Words laid out in lines of at most `width` columns, later lines indented by `indent`. */
function wrap(text: string, width: number, indent: string): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = `${indent}${word}`;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  return [...lines, line].join('\n');
}

function commandHelp(command: CliCommand): string {
  return [wrap(`Usage: coalition-map ${command.name} ${command.usage}`, HELP_WIDTH, '    '), '', wrap(command.summary, HELP_WIDTH, '')].join('\n');
}

/**
 * Runs one command. `commands` defaults to the whole table, loaded only now: the process entry
 * (cli/main.ts) passes just the command asked for, so a run loads that command's code alone.
 */
export async function runCli(argv: readonly string[], rawIO: CliIO, only?: readonly CliCommand[]): Promise<number> {
  const commands = only ?? (await import('./cli/commands')).COMMANDS;
  const io = terminalSafe(rawIO);
  const [name, ...args] = argv;
  const asked = name === 'help' ? commands.find((c) => c.name === args[0]) : undefined;
  if (asked !== undefined) {
    io.out(commandHelp(asked));
    return 0;
  }
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
