// A map written by hand needs only `format`, `version`, `coalition.name`, `stakeholders` (each with
// id, name and kind) and `ties` (id, source, target, type). Everything else the app can supply
// has a documented default, filled here before the schema check, and each fill is named so the
// reader can say so. Nothing that is present is changed, and nothing that is wrong is excused:
// a missing name, kind or tie end is still refused by the schema, with where.
import { CATEGORY_IDS } from './categories';
import { defaultTargets } from './new-map';
import { DEFAULT_SERVICE_CATALOG } from './services';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

function fillCoalition(coalition: Json, filled: string[]): Json {
  const next = { ...coalition };
  if (next.serviceCatalog === undefined) {
    next.serviceCatalog = DEFAULT_SERVICE_CATALOG.map((s) => ({ ...s }));
    filled.push('coalition.serviceCatalog: the standard list of services');
  }
  if (next.targets === undefined) {
    next.targets = defaultTargets();
    filled.push('coalition.targets: at least 1 member per category, a fifth directly affected');
  } else if (isObject(next.targets)) {
    const targets: Json = { ...next.targets };
    const defaults = defaultTargets();
    const missing = CATEGORY_IDS.filter((c) => targets[c] === undefined);
    for (const c of missing) targets[c] = defaults[c];
    if (missing.length > 0) filled.push(`coalition.targets: the default for ${missing.join(', ')}`);
    next.targets = targets;
  }
  return next;
}

/** Fills each listed field where absent on every object in `items`; returns how many were filled. */
function fillEach(items: unknown, defaults: Json): number {
  if (!Array.isArray(items)) return 0;
  let count = 0;
  items.forEach((item, i) => {
    if (!isObject(item)) return;
    const missing = Object.keys(defaults).filter((key) => item[key] === undefined);
    if (missing.length === 0) return;
    const next: Json = { ...item };
    for (const key of missing) next[key] = structuredClone(defaults[key]);
    items[i] = next;
    count += 1;
  });
  return count;
}

/**
 * The document with documented defaults filled where absent (a copy; the input is not changed),
 * and one line per kind of fill. `now` stamps createdAt/updatedAt that a hand-written file lacks.
 */
export function fillDocumentedDefaults(doc: Json, now: string): { readonly doc: Json; readonly filled: readonly string[] } {
  const filled: string[] = [];
  const next: Json = { ...doc };
  if (isObject(next.coalition)) next.coalition = fillCoalition(next.coalition, filled);
  const stakeholders = Array.isArray(next.stakeholders) ? [...(next.stakeholders as unknown[])] : next.stakeholders;
  const ties = Array.isArray(next.ties) ? [...(next.ties as unknown[])] : next.ties;
  const people = fillEach(stakeholders, { categories: [], createdAt: now, updatedAt: now });
  if (people > 0) filled.push(`stakeholders: no categories yet and today's date as created/updated on ${people}`);
  // Fail closed: a person the file does not say is open is treated as confidential.
  const hidden = fillEach(stakeholders, { confidential: true });
  if (hidden > 0) filled.push(`stakeholders: confidential on ${hidden} whose file says nothing either way (set "confidential": false to name them)`);
  const links = fillEach(ties, { createdAt: now, updatedAt: now });
  if (links > 0) filled.push(`ties: today's date as created/updated on ${links}`);
  return { doc: { ...next, stakeholders, ties }, filled };
}
