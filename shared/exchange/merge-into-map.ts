// Adds an import to a map in one step: either the whole result is a valid map, or an error
// explains why and the caller keeps the map it had.
import type { MapDocument } from '../model';
import { describeSchemaError, mapDocumentSchema } from '../schema';
import type { MapAddition } from './graph-to-map';
import { ImportError } from './import-error';

export function addImportToMap(map: MapDocument, addition: Pick<MapAddition, 'stakeholders' | 'ties'>, file = 'import'): MapDocument {
  const next: MapDocument = {
    ...map,
    stakeholders: [...map.stakeholders, ...addition.stakeholders],
    ties: [...map.ties, ...addition.ties],
  };
  const checked = mapDocumentSchema.safeParse(next);
  if (!checked.success) {
    throw new ImportError(file, null, `the map would not be valid after this import, so nothing was added:\n${describeSchemaError(checked.error)}`);
  }
  return next;
}
