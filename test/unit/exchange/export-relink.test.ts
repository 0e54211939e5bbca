// Placeholders link nothing back: a hidden person leaves no name (under any spelling), date,
// consent, stage, influence, original id or source file in any export format, nor do their ties;
// a tie they reported under another spelling loses its reporter, and their full name in other
// people's notes is replaced. Checked on the bytes of every format and list, with and without
// sensitive fields.
import { describe, expect, it } from 'vitest';
import { exportMap } from '../../../shared/exchange/export-map';
import { redactMap, withoutHiddenMentions } from '../../../shared/exchange/export-policy';
import type { MapDocument } from '../../../shared/model';
import { EXPORT_SHAPES, type ExportShape, sampleMap, searchableText, TODAY } from './export-fixtures';

/** What must never leave with a hidden person: each is unique to them in the map below. */
const LINKS = {
  surname: 'Quintarro',
  given: 'Marisol',
  created: '2019-02-03',
  updated: '2021-08-09',
  consent: '2026-07-09',
  sourceFile: 'shelter-intake-2019',
  reportedAt: '2020-05-06',
  tieCreated: '2018-11-12',
  originalId: 's-27',
} as const;

/** s-27 becomes Marisol Quintarro with dates, consent, a source file; other ties name her in other spellings. */
function linkedMap(): MapDocument {
  const map = sampleMap();
  const touches = (t: MapDocument['ties'][number]) => t.source === 's-27' || t.target === 's-27';
  const others = map.ties.filter((t) => !touches(t));
  const reporters = ['QUINTARRO, Marisol', 'M. Quintarro', 'marisol'];
  return {
    ...map,
    stakeholders: map.stakeholders.map((s) =>
      s.id === 's-27'
        ? { ...s, name: 'Marisol Quintarro', createdAt: `${LINKS.created}T10:00:00.000Z`, updatedAt: `${LINKS.updated}T10:00:00.000Z`, consentUntil: LINKS.consent, stage: 'core' as const, influence: 5, source: `${LINKS.sourceFile}.xlsx` }
        : s.id === 's-32'
          ? { ...s, notes: 'Drove Marisol Quintarro to the clinic.' }
          : s,
    ),
    ties: map.ties.map((t) => {
      if (touches(t)) return { ...t, source_map: `${LINKS.sourceFile}.xlsx`, reportedAt: LINKS.reportedAt, createdAt: `${LINKS.tieCreated}T09:00:00.000Z`, updatedAt: `${LINKS.tieCreated}T09:00:00.000Z` };
      const k = others.indexOf(t);
      return k < reporters.length ? { ...t, reportedBy: reporters[k] ?? '', notes: 'Confirmed by Quintarro, Marisol.' } : t;
    }),
  };
}

const map = linkedMap();
const hiddenTieIds = map.ties.filter((t) => t.source === 's-27' || t.target === 's-27').map((t) => t.id);

function exportText(shape: ExportShape, includeSensitive: boolean): string {
  const { bytes } = exportMap(map, { ...shape, includeConfidential: false, includeSensitive, today: TODAY });
  return searchableText(bytes);
}

const idPattern = (id: string): RegExp => new RegExp(`["'>,]${id}["'<,\\r\\n]`);

describe.each(EXPORT_SHAPES)('$label', (shape) => {
  it.each([false, true])('carries nothing that links back to a hidden person (sensitive fields: %s)', (includeSensitive) => {
    const text = exportText(shape, includeSensitive);
    expect(Object.values(LINKS).filter((link) => (link === LINKS.originalId ? idPattern(link).test(text) : text.toLowerCase().includes(link.toLowerCase())))).toEqual([]);
    expect(hiddenTieIds.filter((id) => idPattern(id).test(text))).toEqual([]);
  });
});

describe('the placeholder record', () => {
  it('has the export day for dates, no consent, stage or influence, and its ties keep only their shape', () => {
    const redacted = redactMap(map, { includeConfidential: false, includeSensitive: true, today: TODAY });
    const placeholder = redacted.stakeholders.find((s) => s.name === 'Confidential stakeholder 1');
    expect(placeholder).toMatchObject({ createdAt: `${TODAY}T00:00:00.000Z`, updatedAt: `${TODAY}T00:00:00.000Z`, consentUntil: null, stage: 'mapped', influence: null });
    expect(placeholder).not.toHaveProperty('source');
    const ties = redacted.ties.filter((t) => t.source === placeholder?.id || t.target === placeholder?.id);
    expect(ties.length).toBe(hiddenTieIds.length);
    for (const t of ties) {
      expect(t).toMatchObject({ reportedAt: null, reportedBy: '', notes: '', createdAt: `${TODAY}T00:00:00.000Z` });
      expect(t).not.toHaveProperty('source_map');
    }
    // Their full name in another person's notes is replaced, the rest of the note kept.
    expect(redacted.stakeholders.find((s) => s.id === 's-32')?.notes).toBe('Drove [confidential] to the clinic.');
    expect(redacted.ties.filter((t) => t.notes === 'Confirmed by [confidential].')).toHaveLength(3);
  });

  it('names them everywhere when the user includes confidential stakeholders', () => {
    const { bytes } = exportMap(map, { format: 'json', includeConfidential: true, includeSensitive: true, today: TODAY });
    const text = new TextDecoder().decode(bytes);
    expect(text).toContain('Marisol Quintarro');
    expect(text).toContain('QUINTARRO, Marisol');
  });
});

describe('the brief', () => {
  it('prints the mission and focus without a hidden person\'s name unless they are included', () => {
    const named = { ...map, coalition: { ...map.coalition, focusIssue: 'Safety after Marisol Quintarro spoke up', mission: 'For M. Quintarro and others' } };
    const brief = withoutHiddenMentions(named, { includeConfidential: false }).coalition;
    expect([brief.focusIssue, brief.mission]).toEqual(['Safety after [confidential] spoke up', 'For [confidential] and others']);
    expect(withoutHiddenMentions(named, { includeConfidential: true }).coalition.mission).toBe('For M. Quintarro and others');
  });
});
