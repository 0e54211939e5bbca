// Another organizer's map file -> a validated map document, refusing what the app's own store
// refuses: bytes that are not UTF-8, keys that reach prototypes, encrypted or newer files, and
// anything the strict schema rejects. Messages name the file and the place, never its content.
import { decodeFileBytes } from '../../../shared/exchange/decode-text';
import { ImportError } from '../../../shared/exchange/import-error';
import type { MapDocument } from '../../../shared/model';
import { migrateToCurrent } from '../../../shared/migrations';
import { MAP_FORMAT, MAP_VERSION, describeSchemaError, mapDocumentSchema } from '../../../shared/schema';

const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function parseJson(text: string, fileName: string): unknown {
  let reserved: string | null = null;
  try {
    return JSON.parse(text, (key: string, value: unknown) => {
      if (RESERVED_KEYS.has(key)) {
        reserved = key;
        throw new Error('reserved key');
      }
      return value;
    });
  } catch (error) {
    if (reserved !== null) throw new ImportError(fileName, null, `the file uses the reserved key "${reserved}", which is never accepted`);
    // V8 quotes the input in its messages; only the position is kept.
    const position = /position (\d+)/.exec(error instanceof Error ? error.message : '')?.[1];
    const line = position === undefined ? null : text.slice(0, Number(position)).split('\n').length;
    throw new ImportError(fileName, line === null ? null : `line ${line}`, 'the file is not valid JSON (cut short, or not a map file?)');
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function readIncomingMap(bytes: Uint8Array, fileName: string): MapDocument {
  const { text } = decodeFileBytes(bytes, fileName);
  if (text.trim() === '') throw new ImportError(fileName, null, 'the file is empty');
  const value = parseJson(text.replace(/^\uFEFF/, ''), fileName);
  if (!isRecord(value)) throw new ImportError(fileName, null, 'this is not a coalition map (expected a JSON object)');
  if (value.format === 'coalition-map-encrypted') {
    throw new ImportError(fileName, null, 'this map is encrypted; open it in Coalition Mapper with its passphrase and save an unencrypted copy to merge');
  }
  if (value.format !== MAP_FORMAT) throw new ImportError(fileName, null, 'this is not a coalition map (its "format" is not "coalition-map")');
  if (typeof value.version === 'number' && value.version > MAP_VERSION) {
    throw new ImportError(fileName, null, `the map was written by a newer version of Coalition Mapper (format ${value.version}); update the app to merge it`);
  }
  // An older organizer's file is brought up to date exactly as the store would open it.
  const migrated = typeof value.version === 'number' ? migrateToCurrent(value, value.version) : null;
  if (migrated && !migrated.ok) throw new ImportError(fileName, null, `the map cannot be read: ${migrated.problem}`);
  const checked = mapDocumentSchema.safeParse(migrated ? migrated.doc : value);
  if (!checked.success) throw new ImportError(fileName, null, `the map is not valid, so nothing was merged:\n${describeSchemaError(checked.error)}`);
  return checked.data;
}
