// A group of nodes (a yEd group, a GraphML subgraph) as what it usually draws on a coalition map:
// an organization, with a works-at tie from each person in it. A group inside a group stays an
// organization without a tie (an organization does not work at another). The caller may turn
// this off; either way the user is told what became of the groups, in numbers.
import type { ImportedEdge, ImportedGraph, ImportedNode } from './imported-graph';
import type { WarningLog } from './import-error';
import { fieldKey } from './node-to-stakeholder';

export interface GroupedGraph {
  readonly nodes: readonly ImportedNode[];
  readonly edges: readonly ImportedEdge[];
}

export function groupsToOrganizations(graph: ImportedGraph, asOrganizations: boolean, file: string, warnings: WarningLog): GroupedGraph {
  const groups = graph.groups ?? [];
  if (groups.length === 0) return graph;
  const members = groups.reduce((n, g) => n + g.members.length, 0);
  if (!asOrganizations) {
    warnings.add(
      'groups',
      `${file}: ${groups.length} groups (holding ${members} nodes) were imported as plain stakeholders, with no ties to the nodes in them`,
    );
    return graph;
  }
  const groupIds = new Set(groups.map((g) => g.id));
  const nodes = graph.nodes.map((node) => {
    if (!groupIds.has(node.id) || [...node.attributes.keys()].some((k) => fieldKey(k) === 'kind')) return node;
    return { ...node, attributes: new Map([...node.attributes, ['kind', 'organization']]) };
  });
  const ties: ImportedEdge[] = groups.flatMap((group) =>
    group.members
      .filter((member) => !groupIds.has(member))
      .map((member) => ({ id: `${group.id} > ${member}`, source: member, target: group.id, directed: true, attributes: new Map([['type', 'works-at']]), implied: true })),
  );
  warnings.add(
    'groups',
    `${file}: ${groups.length} groups became organizations, with ${ties.length} works-at ties from the stakeholders in them` +
      (ties.length < members ? ` (${members - ties.length} groups inside groups got no tie)` : ''),
  );
  return { nodes, edges: [...graph.edges, ...ties] };
}
