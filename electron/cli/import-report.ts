// What the import command prints: the reconciliation's counts, the rows skipped with their
// problems, possible duplicates left for the app's review, values no field could read, warnings.
// A possible duplicate with a confidential side shows neither name (as `merge` does).
import type { MapAddition } from '../../shared/exchange/graph-to-map';
import type { ReconcilePlan } from '../../shared/exchange/reconcile';
import type { ReconcileSummary } from '../../shared/exchange/reconcile-apply';
import { describeProblems, type RowProblem } from '../../shared/exchange/sheet-problems';
import type { MapDocument, Stakeholder } from '../../shared/model';

const MAX_LISTED = 50;

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

function pairNames(incoming: Stakeholder | undefined, base: Stakeholder | undefined): [string, string] {
  if (!incoming || !base) return ['(unknown)', '(unknown)'];
  if (!incoming.confidential && !base.confidential) return [`“${incoming.name}”`, `“${base.name}”`];
  const hidden = (s: Stakeholder) => (s.confidential ? `[confidential ${s.kind}]` : '[name hidden]');
  return [hidden(incoming), hidden(base)];
}

/** Where an incoming record came from: its sheet line when known ("partners.csv, line 7"), else the file. */
function rowOf(fileName: string, rowLines: ReadonlyMap<string, number>, incomingId: string): string {
  const line = rowLines.get(incomingId);
  return line === undefined ? fileName : `${fileName}, line ${line}`;
}

/**
 * Rows added as new that may be someone already on the map: for the user to merge in the app.
 * Each names the file's row and the two names (hidden when either is confidential), never the app's ids.
 */
function possibleLines(r: Pick<ImportReport, 'plan' | 'addition' | 'map' | 'fileName' | 'rowLines'>): string[] {
  const onMap = new Map(r.map.stakeholders.map((s) => [s.id, s]));
  const incoming = new Map(r.addition.stakeholders.map((s) => [s.id, s]));
  const lines: string[] = [];
  for (const entry of r.plan.entries) {
    if (entry.action !== 'new') continue;
    for (const p of entry.possible) {
      // The new record as it is on the map now (confidential when it may be a confidential person).
      const [a, b] = pairNames(onMap.get(entry.incomingId) ?? incoming.get(entry.incomingId), onMap.get(p.baseId));
      lines.push(`  ${rowOf(r.fileName, r.rowLines ?? new Map(), entry.incomingId)}: ${a} was added, and may be ${b} on the map: ${p.reasons.join('; ')}`);
    }
  }
  if (lines.length > MAX_LISTED) return [...lines.slice(0, MAX_LISTED), `  …and ${lines.length - MAX_LISTED} more`];
  return lines;
}

export interface ImportReport {
  readonly fileName: string;
  readonly target: string;
  readonly created: boolean;
  readonly saved: boolean;
  readonly summary: ReconcileSummary;
  readonly plan: ReconcilePlan;
  readonly addition: MapAddition;
  readonly map: MapDocument;
  readonly problems: readonly RowProblem[];
  readonly notes: readonly string[];
  /** The sheet line of each incoming stakeholder, when read from a sheet. */
  readonly rowLines?: ReadonlyMap<string, number>;
}

export function importReport(r: ImportReport): string {
  const s = r.summary;
  const lines = [
    r.saved
      ? `Imported ${r.fileName} into ${r.created ? 'a new map at ' : ''}${r.target}:`
      : `Nothing changed in ${r.target}: every row of ${r.fileName} is already on the map as it is.`,
    `  stakeholders: ${s.added} new, ${s.updated} updated, ${s.unchanged} already up to date, ${s.duplicates} repeated within the file (folded in), ${s.skipped} skipped`,
    `  ties:         ${s.tiesAdded} added, ${s.tiesCollapsed} already there${s.tiesSkipped > 0 ? `, ${s.tiesSkipped} left out with a skipped row` : ''}`,
  ];
  if (r.problems.length > 0) {
    const rows = new Set(r.problems.map((p) => `${p.sheet}:${p.line}`)).size;
    lines.push(`${plural(rows, 'row')} not imported (--skip-bad-rows); fix and import them again:`, ...describeProblems(r.problems).map((l) => `  ${l}`));
  }
  const possible = possibleLines(r);
  if (possible.length > 0) lines.push('Possible duplicates, added as new; merge them in the app if they are the same:', ...possible);
  lines.push(...r.notes);
  const warnings = r.addition.warnings;
  if (warnings.length > 0) lines.push(`${plural(warnings.length, 'warning')}:`, ...warnings.map((w) => `  warning: ${w}`));
  return lines.join('\n');
}
