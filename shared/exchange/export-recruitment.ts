// The recruitment list: the analysis's warm-introduction suggestions as a contact list for the
// anchor organization. It is always a contact list, so people without a current consent to be
// contacted are left out (and counted), whatever else the user included.
import { CATEGORIES } from '../categories';
import { filterByConsent } from './export-policy';
import type { ListResult } from './export-lists';
import { organizationsOf } from './export-lists';
import { exportedNameOf, type ExportSource } from './export-source';
import { number, text, type ExportCell, type ExportColumn } from './export-table';

const COLUMNS: readonly ExportColumn[] = [
  ...['category', 'name', 'organization', 'contact', 'suggested_introducer', 'path', 'reason', 'stage'].map(text),
  number('ties_away'),
];

export function recruitmentTable(source: ExportSource): ListResult {
  const { redacted, insights, options } = source;
  const exported = (originalId: string): string => {
    const id = redacted.exportedId.get(originalId);
    if (id === undefined) throw new Error(`export: the recruitment list names a stakeholder "${originalId}" the map does not have`);
    return id;
  };
  const personOf = (originalId: string) => {
    const person = source.byId.get(exported(originalId));
    if (!person) throw new Error(`export: stakeholder "${originalId}" is missing from the export`);
    return person;
  };
  const { kept, omitted } = filterByConsent(insights.recruitment, (r) => personOf(r.id), options.today);
  const rows = kept.map((r): ExportCell[] => {
    const person = personOf(r.id);
    const label = CATEGORIES.find((c) => c.id === r.category)?.label ?? r.category;
    return [
      label,
      person.name,
      organizationsOf(source, person.id).join('; '),
      [person.email, person.phone].filter((c) => c !== '').join('; '),
      r.introducer === null ? '' : exportedNameOf(source, exported(r.introducer)),
      r.path.map((id) => exportedNameOf(source, exported(id))).join(' → '),
      r.reason,
      person.stage,
      r.distance,
    ];
  });
  return { table: { columns: COLUMNS, rows }, omitted };
}
