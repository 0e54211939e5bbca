// The recruitment list: the analysis's warm-introduction suggestions, for the anchor organization
// to hand out. Every suggestion keeps its row (who to approach, through whom, and why need no
// consent); only contact details need a current consent to be contacted, so for everyone else
// they are left empty and the `contact_note` column says why. Columns hold words, not ids.
import { CATEGORIES } from '../categories';
import { STAGE_LABELS } from '../labels';
import { consentStatus } from './export-policy';
import type { ListResult } from './export-lists';
import { organizationsOf } from './export-lists';
import { exportedNameOf, type ExportSource } from './export-source';
import { number, text, type ExportCell, type ExportColumn } from './export-table';

const COLUMNS: readonly ExportColumn[] = [
  ...['category', 'name', 'organization', 'contact', 'contact_note', 'suggested_introducer', 'path', 'reason', 'stage'].map(text),
  number('ties_away'),
];

export const NO_CONSENT_NOTE = 'No consent to be contacted is recorded: ask through the introducer first.';
export const expiredConsentNote = (until: string): string => `Consent to be contacted ended on ${until}: ask again before using their details.`;

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
  const withheld = new Set<string>();
  const rows = insights.recruitment.map((r): ExportCell[] => {
    const person = personOf(r.id);
    const label = CATEGORIES.find((c) => c.id === r.category)?.label ?? r.category;
    const consent = consentStatus(person, options.today);
    if (consent !== 'current') withheld.add(person.id);
    const note = consent === 'current' ? '' : consent === 'missing' ? NO_CONSENT_NOTE : expiredConsentNote(person.consentUntil ?? '');
    return [
      label,
      person.name,
      organizationsOf(source, person.id).join('; '),
      consent === 'current' ? [person.email, person.phone].filter((c) => c !== '').join('; ') : '',
      note,
      r.introducer === null ? '' : exportedNameOf(source, exported(r.introducer)),
      r.path.map((id) => exportedNameOf(source, exported(id))).join(' → '),
      r.reason,
      STAGE_LABELS[person.stage],
      r.distance,
    ];
  });
  return { table: { columns: COLUMNS, rows }, omitted: { missingConsent: 0, expiredConsent: 0 }, contactsWithheld: withheld.size };
}
