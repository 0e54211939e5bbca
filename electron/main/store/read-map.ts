// Reads a map file without ever writing: bytes -> JSON (safely) -> migrations -> strict schema.
// Every failure is a MapFileError that says what is wrong and where, never what the file holds.
import { fillDocumentedDefaults } from '../../../shared/documented-defaults';
import type { MapDocument } from '../../../shared/model';
import { MAP_FORMAT, MAP_VERSION, describeSchemaError, mapDocumentSchema } from '../../../shared/schema';
import { ENCRYPTED_MAP_FORMAT, type ByteCodec } from './codec';
import { MapFileError } from './errors';
import { errorCode, nodeFs, type FsPort } from './fs-port';
import { migrateToCurrent, MIGRATIONS, type Migration } from '../../../shared/migrations';
import { decodeJsonBytes } from './safe-json';
import { parseMapDocumentInSlices } from '../../../shared/schema-sliced';
import { NotRegularFileError } from './read-regular';

export interface ReadOptions {
  readonly fs?: FsPort;
  readonly migrations?: readonly Migration[];
  /** Decrypts an encrypted map; without it an encrypted map is refused as 'encrypted'. */
  readonly codec?: ByteCodec | null;
  /** Told which documented defaults a hand-written map lacked and got (shared/documented-defaults.ts). */
  readonly onFilledDefaults?: (filled: readonly string[]) => void;
}

export interface DecodedMap {
  readonly map: MapDocument;
  /** The version the file was written in when migrations ran, else null. */
  readonly migratedFrom: number | null;
  /** Documented defaults filled in where the file left them out (a hand-written map); empty otherwise. */
  readonly filledDefaults: readonly string[];
}

export async function readMapFile(path: string, options: ReadOptions = {}): Promise<MapDocument> {
  const bytes = await readMapBytes(path, options.fs ?? nodeFs);
  const decoded = decodeMapBytes(bytes, path, options.migrations, options.codec);
  if (decoded.filledDefaults.length > 0) options.onFilledDefaults?.(decoded.filledDefaults);
  return decoded.map;
}

export async function readMapBytes(path: string, fs: FsPort): Promise<Buffer> {
  try {
    return await fs.readFile(path);
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT') throw new MapFileError('missing', path, `${path}: the map file was not found`);
    if (code === 'EISDIR') throw new MapFileError('unreadable', path, `${path}: this is a folder, not a map file`);
    if (error instanceof NotRegularFileError) {
      throw new MapFileError('unreadable', path, `${path}: this is a ${error.kind}, not a map file. It was not opened and was left as it is.`);
    }
    if (code === 'ELOOP') throw new MapFileError('unreadable', path, loopMessage(path));
    if (code === 'EACCES' || code === 'EPERM') {
      throw new MapFileError('unreadable', path, `${path}: the map file could not be read (permission denied)`);
    }
    throw new MapFileError('unreadable', path, `${path}: the map file could not be read (${code ?? 'unknown error'})`);
  }
}

export function loopMessage(path: string): string {
  return `${path}: this path is a shortcut (symbolic link) that leads back to itself, so there is no map file at the end of it. Point the link at the map file, or open the map file itself.`;
}

function describeTopLevel(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return `a ${typeof value}`;
}

/** The plain map bytes behind stored bytes: decrypted when a codec is set, else as they are. */
export function plainBytesOf(bytes: Uint8Array, path: string, codec: ByteCodec | null | undefined): Uint8Array {
  return codec ? codec.decode(bytes, path) : bytes;
}

export function decodeMapBytes(
  bytes: Uint8Array,
  path: string,
  migrations: readonly Migration[] = MIGRATIONS,
  codec?: ByteCodec | null,
): DecodedMap {
  const ready = mapValueOf(bytes, path, migrations, codec);
  return checked(path, ready, mapDocumentSchema.safeParse(ready.doc));
}

/**
 * The same answer as decodeMapBytes, with `pause()` awaited after the JSON is parsed and after each
 * slice of records checked (shared/schema-sliced.ts), so the thread answers other work while a big
 * map opens. The app opens its maps this way.
 */
export async function decodeMapBytesInSlices(
  bytes: Uint8Array,
  path: string,
  pause: () => Promise<void>,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<DecodedMap> {
  const ready = mapValueOf(bytes, path, migrations, null);
  await pause();
  return checked(path, ready, await parseMapDocumentInSlices(ready.doc, pause));
}

/**
 * A file this app wrote after checking it whole (checked-record.ts says its bytes are exactly those):
 * only parsed. Null if it does not parse, for the caller to check it whole after all.
 */
export function decodeCheckedBytes(plain: Uint8Array): DecodedMap | null {
  const decoded = decodeJsonBytes(plain);
  // Only a plain map of this version: an encrypted envelope read without its key (the same bytes the
  // app wrote) must still be refused as encrypted, and anything else goes the whole way.
  if (!decoded.ok || !isCurrentPlainMap(decoded.value)) return null;
  return { map: decoded.value as MapDocument, migratedFrom: null, filledDefaults: [] };
}

function isCurrentPlainMap(value: unknown): boolean {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const doc = value as Record<string, unknown>;
  return doc.format === MAP_FORMAT && doc.version === MAP_VERSION;
}

interface MapValue {
  readonly doc: unknown;
  readonly migratedFrom: number | null;
  readonly filled: readonly string[];
}

function checked(path: string, ready: MapValue, parsed: ReturnType<typeof mapDocumentSchema.safeParse>): DecodedMap {
  if (!parsed.success) {
    throw new MapFileError('invalid', path, `${path}: not a valid coalition map:\n${describeSchemaError(parsed.error)}`);
  }
  return { map: parsed.data, migratedFrom: ready.migratedFrom, filledDefaults: ready.filled };
}

/** Bytes to the migrated JSON value with its documented defaults, before the schema's check. */
function mapValueOf(bytes: Uint8Array, path: string, migrations: readonly Migration[], codec: ByteCodec | null | undefined): MapValue {
  const decoded = decodeJsonBytes(plainBytesOf(bytes, path, codec));
  if (!decoded.ok) throw new MapFileError(decoded.invalid ? 'invalid' : 'unreadable', path, `${path}: ${decoded.problem}`);
  const value = decoded.value;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new MapFileError('invalid', path, `${path}: the file holds ${describeTopLevel(value)}, not a coalition map`);
  }
  const doc = value as Record<string, unknown>;
  if (doc.format === ENCRYPTED_MAP_FORMAT) {
    // Only reached without a codec: a codec would have decrypted it. Never moved aside.
    throw new MapFileError('encrypted', path, `${path}: this map is encrypted; enter its passphrase to open it. The file was left untouched.`);
  }
  if (doc.format !== MAP_FORMAT) {
    const what = doc.format === undefined ? 'has no "format" field' : 'has a different "format"';
    throw new MapFileError('invalid', path, `${path}: not a coalition map (it ${what}; expected "${MAP_FORMAT}")`);
  }
  const version = doc.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    throw new MapFileError('invalid', path, `${path}: version: expected a whole number`);
  }
  if (version > MAP_VERSION) {
    throw new MapFileError(
      'newer-version',
      path,
      `${path}: this map was written by a newer version of Coalition Mapper (format ${version}; this app reads up to ${MAP_VERSION}). ` +
        'It was left untouched: open it with the newer version.',
    );
  }
  const migrated = migrateToCurrent(doc, version, migrations);
  if (!migrated.ok) throw new MapFileError('invalid', path, `${path}: version: ${migrated.problem}`);
  const completed = fillDocumentedDefaults(migrated.doc, new Date().toISOString());
  return { doc: completed.doc, migratedFrom: migrated.migratedFrom, filled: completed.filled };
}
