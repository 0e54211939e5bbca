// Imported edges -> ties. The tie type comes from an edge attribute "type" when it names a tie
// type, else "knows". Parallel edges of one type between the same two stakeholders collapse into
// one tie (ordered pair for directed types, unordered otherwise), as the analysis would anyway;
// their weights add up, counting a weightless edge as 1, as Gephi does when it merges edges.
// Every fold (direction dropped, two-way pair, repeat) is counted and reported (edge-folds.ts).
import type { Tie, TieType } from '../model';
import { DIRECTED_TIE_TYPES, describeSchemaError, tieSchema } from '../schema';
import { EdgeFolds } from './edge-folds';
import { readBoolean, readIntegerInRange, readIsoDate, readText, readTieType } from './field-values';
import { ImportError, type WarningLog } from './import-error';
import type { ImportedEdge } from './imported-graph';
import { fieldKey } from './node-to-stakeholder';

export interface EdgeContext {
  readonly file: string;
  readonly now: string;
  readonly newId: () => string;
  readonly sourceLabel: string;
  readonly warnings: WarningLog;
  /** Where messages place an edge: the file and `edge "e1"` by default; a sheet and "line 4" for CSV. */
  readonly locate?: (edge: ImportedEdge) => { readonly file: string; readonly place: string };
  /** Whether an edge that does not say is directed (the graph's default); undirected when absent. */
  readonly directedByDefault?: boolean;
}

interface TieFields {
  type: TieType;
  strength?: number;
  trust?: number;
  notes?: string;
  reportedBy?: string;
  reportedAt?: string;
  /** A weight column (CSV ties); a graph file's own edge weight comes first. */
  weight?: number;
  /** A "directed" or "direction" column: whether the edge has a direction (yes/no, directed/undirected). */
  directed?: boolean;
}

const DIRECTION_WORDS: ReadonlyMap<string, boolean> = new Map([['directed', true], ['undirected', false], ['mutual', false]]);

function defaultDescription(edge: ImportedEdge): string {
  return edge.id !== undefined ? `edge "${edge.id}"` : `edge "${edge.source}" -> "${edge.target}"`;
}

function readTieFields(edge: ImportedEdge, where: string, ctx: EdgeContext, unused: Set<string>): TieFields {
  const fields: TieFields = { type: 'knows' };
  const warn = (attribute: string, value: string, reason: string): void =>
    ctx.warnings.add(`bad edge ${fieldKey(attribute)}`, `${where}, attribute "${attribute}": "${value.slice(0, 60)}" was not used (${reason})`);
  for (const [attribute, value] of edge.attributes) {
    if (value.trim() === '') continue;
    const key = fieldKey(attribute);
    if (key === 'type') {
      const type = readTieType(value);
      if (type) fields.type = type;
      else warn(attribute, value, 'not a tie type; imported as "knows"');
    } else if (key === 'strength' || key === 'trust') {
      const result = readIntegerInRange(value, 1, key === 'strength' ? 3 : 4);
      if (result.ok) fields[key] = result.value;
      else warn(attribute, value, result.reason);
    } else if (key === 'notes') {
      const result = readText(value, 20_000);
      if (result.ok) fields.notes = result.value;
      else warn(attribute, value, result.reason);
    } else if (key === 'reported_by') {
      const result = readText(value, 500);
      if (result.ok) fields.reportedBy = result.value;
      else warn(attribute, value, result.reason);
    } else if (key === 'weight') {
      const number = Number(value.trim());
      if (Number.isFinite(number)) fields.weight = number;
      else warn(attribute, value, 'not a number');
    } else if (key === 'directed' || key === 'direction') {
      const word = DIRECTION_WORDS.get(value.trim().toLowerCase());
      const result = readBoolean(value);
      if (word !== undefined) fields.directed = word;
      else if (result.ok) fields.directed = result.value;
      else warn(attribute, value, 'expected yes/no or directed/undirected');
    } else if (key === 'id') {
      // The file's tie id: the map gives each tie its own.
    } else if (key === 'reported_at') {
      const result = readIsoDate(value);
      if (result.ok) fields.reportedAt = result.value;
      else warn(attribute, value, result.reason);
    } else {
      unused.add(attribute);
    }
  }
  return fields;
}

interface PendingTie {
  tie: Tie;
  weights: (number | undefined)[];
  implied: boolean;
}

export function edgesToTies(edges: readonly ImportedEdge[], stakeholderIdOf: ReadonlyMap<string, string>, ctx: EdgeContext): Tie[] {
  const ties = new Map<string, PendingTie>();
  const unused = new Set<string>();
  const folds = new EdgeFolds();
  const locate = ctx.locate ?? ((edge: ImportedEdge) => ({ file: ctx.file, place: defaultDescription(edge) }));
  for (const edge of edges) {
    const at = locate(edge);
    const where = `${at.file}, ${at.place}`;
    const source = stakeholderIdOf.get(edge.source);
    const target = stakeholderIdOf.get(edge.target);
    if (source === undefined || target === undefined) throw new ImportError(at.file, at.place, 'refers to a node that was not imported');
    if (source === target) {
      ctx.warnings.add('self-loop', `${where}: both ends are the same; a tie needs two stakeholders, so it was skipped`);
      continue;
    }
    const { directed, weight: weightColumn, ...fields } = readTieFields(edge, where, ctx, unused);
    const weight = edge.weight ?? weightColumn;
    const typeDirected = DIRECTED_TIE_TYPES.includes(fields.type);
    const edgeDirected = edge.directed ?? directed ?? ctx.directedByDefault ?? false;
    const pair = typeDirected ? `${source}>${target}` : [source, target].sort().join('|');
    const key = `${fields.type}:${pair}`;
    const existing = ties.get(key);
    const implied = edge.implied === true;
    // An inferred tie (an organization cell) and the same tie stated in the file are one tie, with the stated fields.
    if (existing && implied) continue;
    if (existing && !existing.implied) {
      existing.weights.push(weight);
      folds.merged(key, fields.type, typeDirected, edgeDirected, source, target);
      continue;
    }
    if (!existing) folds.first(key, fields.type, typeDirected, edgeDirected, source, target);
    const id = existing?.tie.id ?? ctx.newId();
    const candidate = { ...fields, id, source, target, source_map: ctx.sourceLabel.slice(0, 500), createdAt: ctx.now, updatedAt: ctx.now };
    const parsed = tieSchema.safeParse(candidate);
    if (!parsed.success) throw new ImportError(at.file, at.place, describeSchemaError(parsed.error));
    ties.set(key, { tie: parsed.data, weights: [weight], implied });
  }
  folds.report(ctx.file, ctx.warnings);
  if (unused.size > 0) {
    const names = [...unused].slice(0, 10).map((n) => `"${n}"`).join(', ');
    ctx.warnings.add('unused edge attributes', `${ctx.file}: edge attributes with no tie field were not kept: ${names}${unused.size > 10 ? ', …' : ''}`);
  }
  return [...ties.values()].map(({ tie, weights }) => {
    if (weights.every((w) => w === undefined)) return tie;
    const weight = weights.length === 1 ? weights[0] : weights.reduce<number>((sum, w) => sum + (w ?? 1), 0);
    return { ...tie, weight };
  });
}
