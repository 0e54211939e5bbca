// The map document itself, through the same policy as every other format: a file someone else
// can open as a map, with hidden stakeholders as placeholders and sensitive fields left out.
// Keys left out are ones the schema fills with defaults on reading, so the file stays a valid map.
import { MAP_FORMAT, MAP_VERSION } from '../schema';
import type { RedactedMap } from './export-policy';

export function writeMapJson(redacted: RedactedMap): string {
  const document = {
    format: MAP_FORMAT,
    version: MAP_VERSION,
    coalition: redacted.coalition,
    stakeholders: redacted.stakeholders,
    ties: redacted.ties,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
