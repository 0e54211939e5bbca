// The analysis as a plain-text report (the CLI prints it; exports can reuse it). Names come
// from the insights, so confidential stakeholders stay under their placeholders.
import type { Insights } from './types';

const STATUS_MARK = { missing: 'MISSING', thin: 'thin', ok: 'ok', gap: 'GAP', covered: 'covered', duplicated: 'DUPLICATED' } as const;

function fixed(x: number, digits = 3): string {
  return x.toFixed(digits);
}

export function formatTextReport(insights: Insights, mapName: string, top = 5): string {
  const nameOf = new Map(insights.stakeholders.map((s) => [s.id, s.name]));
  const name = (id: string) => nameOf.get(id) ?? id;
  const s = insights.summary;
  const lines: string[] = [];
  const section = (title: string) => lines.push('', title, '-'.repeat(title.length));

  lines.push(`Coalition analysis: ${mapName}`);
  lines.push(
    `${s.stakeholders} stakeholders, ${s.ties} ties (${s.links} linked pairs), ${s.members} members (${s.core} core), ` +
      `${s.components} connected group${s.components === 1 ? '' : 's'}, density ${fixed(s.density)}, ` +
      `degree centralization ${fixed(s.degreeCentralization)}, ${s.communities} communities.`,
  );
  if (s.uncategorized > 0) lines.push(`${s.uncategorized} stakeholder(s) have no category yet.`);

  section('Category coverage (members / on the map)');
  for (const row of insights.coverage) {
    lines.push(`  ${row.label.padEnd(30)} ${String(row.members).padStart(4)} / ${String(row.onMap).padEnd(5)} ${STATUS_MARK[row.status]}`);
    if (row.status !== 'ok') lines.push(`      ${row.reason}`);
  }

  const scoped = insights.committeeCoverage;
  if (scoped) {
    section(`Category coverage for the committee "${scoped.name}" (${scoped.size} people on it / on the map)`);
    for (const row of scoped.coverage) {
      lines.push(`  ${row.label.padEnd(30)} ${String(row.members).padStart(4)} / ${String(row.onMap).padEnd(5)} ${STATUS_MARK[row.status]}`);
      if (row.status !== 'ok') lines.push(`      ${row.reason}`);
    }
  }

  section('Voice balance');
  lines.push(`  ${insights.voice.reason}`);

  section('Services');
  for (const row of insights.services) {
    lines.push(`  ${row.label.padEnd(36)} ${STATUS_MARK[row.status]}`);
    lines.push(`      ${row.reason}`);
  }

  section('Core group');
  for (const reason of insights.coreGroup.reasons) lines.push(`  ${reason}`);
  lines.push('', '  Candidates for the core group:');
  if (insights.coreCandidates.length === 0) lines.push('    none');
  for (const c of insights.coreCandidates.slice(0, top)) {
    lines.push(`    ${c.name} (score ${c.score})`);
    for (const reason of c.reasons) lines.push(`      - ${reason}`);
  }

  section('Recruitment with warm introductions');
  if (insights.recruitment.length === 0) lines.push('  No missing or thin category has someone on the map to recruit.');
  for (const r of insights.recruitment) {
    const route = r.path.length > 0 ? r.path.map(name).join(' -> ') : 'no known route';
    lines.push(`  [${r.category}] ${r.name}: ${route}`);
    lines.push(`      ${r.reason}`);
  }

  section('Warnings');
  if (insights.warnings.length === 0) lines.push('  None.');
  for (const w of insights.warnings) lines.push(`  ! ${w.message}`);

  section('Structure');
  const brokers = [...insights.stakeholders].sort((a, b) => b.betweenness - a.betweenness).slice(0, top);
  lines.push('  Top brokers (betweenness):');
  for (const b of brokers) lines.push(`    ${b.name.padEnd(32)} ${fixed(b.betweenness)}  (${b.degree} contacts)`);
  lines.push(
    `  People whose departure would cut a group off: ${insights.articulationPoints.length === 0 ? 'none' : insights.articulationPoints.map(name).join(', ')}`,
  );
  lines.push(`  Ties whose loss would cut a group off: ${insights.bridges.length}`);
  return lines.join('\n') + '\n';
}
