// One error type for every way a map file can fail to open or save, so callers can tell the user
// what happened and what was kept, and the backend can map it onto the IPC `MapProblem`.

export type MapFileProblem =
  /** The bytes are not JSON text (empty, cut short, NUL-filled, not UTF-8) or could not be read. */
  | 'unreadable'
  /** JSON, but not a valid coalition map. */
  | 'invalid'
  /** Written by a newer version of the app: refused, never repaired. */
  | 'newer-version'
  | 'missing'
  /** Another process (or another window of this one) has the map open. */
  | 'locked'
  /** A new map would overwrite an existing file. */
  | 'exists'
  /** The map is encrypted and no passphrase was given: left untouched. */
  | 'encrypted'
  /** Decryption failed authentication (wrong passphrase or changed bytes): left untouched. */
  | 'wrong-passphrase';

export class MapFileError extends Error {
  override readonly name = 'MapFileError';

  constructor(
    readonly reason: MapFileProblem,
    /** The map file the error is about. */
    readonly path: string,
    message: string,
    /** Where an unreadable file was moved aside, when it was. */
    readonly movedTo: string | null = null,
  ) {
    super(message);
  }
}

export function isMapFileError(error: unknown): error is MapFileError {
  return error instanceof MapFileError;
}
