// How a map is written: validated first (nothing invalid ever reaches the disk), pretty-printed so
// a person can read and diff it, with a final newline.
import type { MapDocument } from '../../../shared/model';
import { describeSchemaError, mapDocumentSchema } from '../../../shared/schema';
import { MapFileError } from './errors';

export function validateForWrite(map: unknown, path: string): MapDocument {
  const parsed = mapDocumentSchema.safeParse(map);
  if (!parsed.success) {
    throw new MapFileError('invalid', path, `${path}: the map was not saved because it is not valid:\n${describeSchemaError(parsed.error)}`);
  }
  return parsed.data;
}

export function serializeMap(map: MapDocument): string {
  return `${JSON.stringify(map, null, 2)}\n`;
}
