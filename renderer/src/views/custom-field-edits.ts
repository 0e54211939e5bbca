// The stakeholder form's edits of custom fields (imported columns with no field of their own, or
// fields the user adds): pure functions over the record's `custom` object, built with
// fromEntries so a field named like an Object property stays an ordinary own entry.
export type CustomFields = Readonly<Record<string, string>>;

/** Names the map's schema refuses for a field. */
const RESERVED = new Set(['__proto__', 'constructor', 'prototype']);
export const MAX_FIELD_NAME = 200;
export const MAX_FIELD_VALUE = 5_000;

/** Why a new field cannot take this name, or null when it can. */
export function fieldNameProblem(custom: CustomFields, name: string): string | null {
  const trimmed = name.trim();
  if (trimmed === '') return 'A field needs a name.';
  if (trimmed.length > MAX_FIELD_NAME) return `A field's name is at most ${MAX_FIELD_NAME} characters.`;
  if (RESERVED.has(trimmed)) return `“${trimmed}” cannot name a field.`;
  if (Object.keys(custom).some((k) => k.toLowerCase() === trimmed.toLowerCase())) return `There is already a field “${trimmed}”.`;
  return null;
}

export function setField(custom: CustomFields, name: string, value: string): CustomFields {
  const entries = Object.entries(custom);
  const at = entries.findIndex(([k]) => k === name);
  if (at < 0) return Object.fromEntries([...entries, [name.trim(), value]]);
  return Object.fromEntries(entries.map(([k, v]) => [k, k === name ? value : v]));
}

export function removeField(custom: CustomFields, name: string): CustomFields {
  return Object.fromEntries(Object.entries(custom).filter(([k]) => k !== name));
}
