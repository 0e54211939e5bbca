// Encrypted maps on the command line. The passphrase comes from an environment variable, never
// from an argument (arguments show in `ps` and shell history): COALITION_PASSPHRASE by default,
// or the variable named with `--passphrase-env NAME`. With neither, a terminal is asked without echo;
// a script (stdin not a terminal) gets a clear refusal rather than a prompt nobody will answer.
import { readRegularFile } from '../main/store/read-regular';
import { basename } from 'node:path';
import { promptHidden, terminalPrompt, type PassphrasePrompt } from './passphrase-prompt';
import { createPassphraseCodec, looksEncrypted, unlockPassphraseCodec, type PassphraseCodec } from '../main/crypto';
import { ENCRYPTED_MAP_FORMAT, MapFileError } from '../main/store';
import { UsageError } from './types';

export const PASSPHRASE_ENV = 'COALITION_PASSPHRASE';
export const PASSPHRASE_USAGE = '[--passphrase-env NAME]';

export interface PassphraseChoice {
  /** The arguments without the passphrase option, for the command's own parser. */
  readonly rest: string[];
  readonly passphrase: string | null;
}

export function takePassphrase(args: readonly string[], env: Readonly<Record<string, string | undefined>>): PassphraseChoice {
  const rest: string[] = [];
  let named: string | null = null;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    if (arg !== '--passphrase-env') {
      rest.push(arg);
      continue;
    }
    const value = args[++i];
    if (value === undefined || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(value)) {
      throw new UsageError('--passphrase-env needs the name of an environment variable (the passphrase itself never goes on the command line)');
    }
    named = value;
  }
  const passphrase = env[named ?? PASSPHRASE_ENV] ?? null;
  if (named !== null && !passphrase) throw new UsageError(`--passphrase-env ${named}: that environment variable is not set or is empty`);
  return { rest, passphrase: passphrase || null };
}

export { promptHidden, terminalPrompt, type PassphrasePrompt };

/** Where a note that does not stop the command goes: standard error, never the command's output. */
const toStderr = (text: string): void => void process.stderr.write(`${text}\n`);

/**
 * The codec to read `path` with: null for a plain map (or a file the reader will report on). An
 * encrypted map without a passphrase asks `prompt` (the terminal when stdin is one), else is refused.
 * A passphrase given for a plain map is not silently ignored: `note` says the map is not encrypted.
 */
export async function codecForMap(
  path: string,
  passphrase: string | null,
  prompt: PassphrasePrompt | null = terminalPrompt(),
  note: (text: string) => void = toStderr,
): Promise<PassphraseCodec | null> {
  let bytes: Buffer;
  try {
    // Never a plain read: a named pipe here would hang (the map reader then says what it is).
    bytes = await readRegularFile(path);
  } catch {
    return null;
  }
  // Most maps are plain: a scan for the envelope's format name spares parsing the whole file twice
  // (the map reader parses it next). An envelope always holds that name as written (envelope.ts).
  if (!bytes.includes(ENCRYPTED_MAP_FORMAT) || !looksEncrypted(bytes)) {
    if (passphrase !== null) note(`note: ${basename(path)} is not encrypted, so the passphrase given was not used (the map is read as plain text).`);
    return null;
  }
  let given = passphrase;
  if (given === null && prompt !== null) given = (await prompt(`Passphrase for ${basename(path)}: `)) || null;
  if (given === null) {
    throw new MapFileError('encrypted', path, `${path}: this map is encrypted; set ${PASSPHRASE_ENV} (or name another variable with --passphrase-env) to its passphrase`);
  }
  return unlockPassphraseCodec(bytes, given, path);
}

/** The codec for a map the command is about to create: encrypted when a passphrase was given. */
export async function codecForNewMap(passphrase: string | null): Promise<PassphraseCodec | null> {
  return passphrase === null ? null : createPassphraseCodec(passphrase);
}
