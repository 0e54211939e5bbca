// What the Export dialog is about to save, worked out from the choice before the user presses
// Save: the file's contents in words and what it leaves out, counts only. Building the data
// exports here means the message and the file come from the same run of the writers.
import { exportAuditFlags } from '../../../../shared/audit-flags';
import { redactMap } from '../../../../shared/exchange/export-policy';
import type { ExportSummary, SavedExport } from '../../../../shared/ipc';
import type { MapDocument } from '../../../../shared/model';
import { mapImageSvg } from '../../graph/map-image';
import type { ExportApi } from '../../state/export/export-api';
import { buildDataExport, fileStem, imageLeftOut, type BuiltExport, type ExportChoice } from '../../state/export/export-build';
import { svgToPngBase64 } from './svg-to-png';
import { plural } from '../../../../shared/analysis/context';

export const IMAGE_SIZE = { width: 1400, height: 900 } as const;

export interface ExportPlan {
  readonly contents: string;
  readonly leftOut: readonly string[];
  /** Set for list, graph and JSON exports: the bytes are ready. */
  readonly built: BuiltExport | null;
  readonly summary: ExportSummary;
}

function imageSummary(map: MapDocument, choice: ExportChoice, today: string): ExportSummary {
  const redacted = redactMap(map, { includeConfidential: choice.includeConfidential, includeSensitive: false, today }).redacted;
  const flags = exportAuditFlags({ format: choice.kind, includeConfidential: choice.includeConfidential });
  return { records: map.stakeholders.length, ties: map.ties.length, leftOut: 0, redacted, flags };
}

export function planExport(map: MapDocument, choice: ExportChoice, today: string): ExportPlan {
  const { kind } = choice;
  if (kind === 'png' || kind === 'svg' || kind === 'pdf') {
    const summary = imageSummary(map, choice, today);
    const what = kind === 'pdf' ? 'A printable brief with the map' : `An image of the map`;
    return {
      contents: `${what} (${plural(summary.records, 'stakeholder')} and ${plural(summary.ties, 'tie')}, with the legend)`,
      leftOut: imageLeftOut(summary.redacted, choice.includeConfidential),
      built: null,
      summary,
    };
  }
  const built = buildDataExport(map, { ...choice, kind }, today);
  const isList = kind === 'csv' || kind === 'xlsx';
  const flags = exportAuditFlags({ format: kind, list: isList ? choice.list : undefined, includeConfidential: choice.includeConfidential, includeSensitive: choice.includeSensitive, includeCustom: choice.includeCustom });
  return { contents: built.contents, leftOut: built.leftOut, built, summary: { ...built.summary, flags } };
}

/** Saves through the channel; null when the user cancelled the save dialog. */
export async function saveExport(
  api: ExportApi,
  map: MapDocument,
  choice: ExportChoice,
  plan: ExportPlan,
  today: string,
  pageSize: 'A4' | 'Letter',
): Promise<SavedExport | null> {
  const stem = `${fileStem(map.coalition.name)}`;
  const { kind } = choice;
  if (plan.built) {
    const { format, suggestedFileName, content } = plan.built;
    return api.saveExportFile({ suggestedFileName, format, content, summary: plan.summary });
  }
  if (kind === 'pdf') return api.saveBriefPdf({ suggestedFileName: `${stem}-brief-${today}.pdf`, pageSize, summary: plan.summary });
  const svg = mapImageSvg(map, { includeConfidential: choice.includeConfidential, today, ...IMAGE_SIZE });
  const content = kind === 'svg' ? svg : await svgToPngBase64(svg, IMAGE_SIZE.width, IMAGE_SIZE.height);
  return api.saveExportFile({ suggestedFileName: `${stem}-map-${today}.${kind === 'svg' ? 'svg' : 'png'}`, format: kind === 'svg' ? 'svg' : 'png', content, summary: plan.summary });
}
