// Everything a writer may read for one export, already through the field policy: the redacted
// map, and the analysis figures computed on the real map (so redaction never changes a figure)
// but keyed by the id the export shows.
import { analyzeMap, type Insights, type StakeholderFigures } from '../analysis';
import type { MapDocument } from '../model';
import { redactMap, type ExportPolicyOptions, type ExportStakeholder, type RedactedMap } from './export-policy';

export interface ExportSource {
  readonly original: MapDocument;
  readonly redacted: RedactedMap;
  /** Names in reasons are placeholders for confidential stakeholders unless they are included. */
  readonly insights: Insights;
  readonly options: ExportPolicyOptions;
  /** Figures by exported id. */
  readonly figures: ReadonlyMap<string, StakeholderFigures>;
  /** Redacted stakeholders by exported id. */
  readonly byId: ReadonlyMap<string, ExportStakeholder>;
}

export function prepareExport(map: MapDocument, options: ExportPolicyOptions): ExportSource {
  const redacted = redactMap(map, options);
  const insights = analyzeMap(map, { includeConfidential: options.includeConfidential });
  const figures = new Map<string, StakeholderFigures>();
  for (const f of insights.stakeholders) {
    const id = redacted.exportedId.get(f.id);
    if (id === undefined) throw new Error(`export: the analysis names a stakeholder "${f.id}" the map does not have`);
    figures.set(id, f);
  }
  return { original: map, redacted, insights, options, figures, byId: new Map(redacted.stakeholders.map((s) => [s.id, s])) };
}

/** The exported name of an exported id; the id itself when unknown (never a real hidden name). */
export function exportedNameOf(source: ExportSource, exportedId: string): string {
  return source.byId.get(exportedId)?.name ?? exportedId;
}
