// An imported graph -> the stakeholders and ties to add to a map. Fresh ids come from the caller
// (the file's own ids could clash with the map's); every record is checked against the schema.
import type { ServiceCatalogEntry, Stakeholder, Tie } from '../model';
import { DEFAULT_SERVICE_CATALOG } from '../services';
import { edgesToTies } from './edges-to-ties';
import { WarningLog } from './import-error';
import type { ImportedGraph } from './imported-graph';
import { nodeToStakeholder } from './node-to-stakeholder';

export interface GraphImportContext {
  readonly now: string;
  readonly newId: () => string;
  /** The file's name: shown in messages and kept as each record's `source`. */
  readonly sourceLabel: string;
  /** The target map's catalog, to read `services` by id or label; the default catalog otherwise. */
  readonly serviceCatalog?: readonly ServiceCatalogEntry[];
}

/** What an import adds to a map, with every warning met on the way (parsing included). */
export interface MapAddition {
  readonly stakeholders: readonly Stakeholder[];
  readonly ties: readonly Tie[];
  readonly warnings: readonly string[];
}

export function importedGraphToStakeholders(graph: ImportedGraph, ctx: GraphImportContext): MapAddition {
  const warnings = new WarningLog();
  warnings.addAll(graph.warnings);
  const base = { file: ctx.sourceLabel, now: ctx.now, newId: ctx.newId, sourceLabel: ctx.sourceLabel, warnings };
  const stakeholderIdOf = new Map<string, string>();
  const stakeholders = graph.nodes.map((node) => {
    const stakeholder = nodeToStakeholder(node, { ...base, serviceCatalog: ctx.serviceCatalog ?? DEFAULT_SERVICE_CATALOG });
    stakeholderIdOf.set(node.id, stakeholder.id);
    return stakeholder;
  });
  const ties = edgesToTies(graph.edges, stakeholderIdOf, base);
  return { stakeholders, ties, warnings: warnings.list() };
}
