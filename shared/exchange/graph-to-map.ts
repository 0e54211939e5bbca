// An imported graph -> the stakeholders and ties to add to a map. Fresh ids come from the caller
// (the file's own ids could clash with the map's); every record is checked against the schema.
import type { ServiceCatalogEntry, Stakeholder, Tie } from '../model';
import { DEFAULT_SERVICE_CATALOG } from '../services';
import { edgesToTies } from './edges-to-ties';
import { groupsToOrganizations } from './groups-to-organizations';
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
  /**
   * What a group of nodes (yEd group, GraphML subgraph) becomes: an organization with works-at
   * ties from the stakeholders in it (the default), or, when false, a plain stakeholder. Reported either way.
   */
  readonly groupsAsOrganizations?: boolean;
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
  const { nodes, edges } = groupsToOrganizations(graph, ctx.groupsAsOrganizations ?? true, ctx.sourceLabel, warnings);
  const stakeholderIdOf = new Map<string, string>();
  const stakeholders = nodes.map((node) => {
    const stakeholder = nodeToStakeholder(node, { ...base, serviceCatalog: ctx.serviceCatalog ?? DEFAULT_SERVICE_CATALOG });
    stakeholderIdOf.set(node.id, stakeholder.id);
    return stakeholder;
  });
  const ties = edgesToTies(edges, stakeholderIdOf, { ...base, directedByDefault: graph.directed });
  return { stakeholders, ties, warnings: warnings.list() };
}
