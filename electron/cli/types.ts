// The shape every `coalition-map` subcommand takes, so the dispatcher stays a plain table.

export interface CliIO {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** Environment variables the command may read (passphrases later). */
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
}

export interface CliCommand {
  readonly name: string;
  /** One line: arguments and options, shown in `coalition-map help`. */
  readonly usage: string;
  readonly summary: string;
  /** Returns the process exit code: 0 success, 1 failure the user can fix, 2 bad usage. */
  readonly run: (args: readonly string[], io: CliIO) => Promise<number>;
}

export class UsageError extends Error {}
