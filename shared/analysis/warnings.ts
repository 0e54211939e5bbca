// Question 7, barrier warnings: the troubles coalitions commonly run into, read off the map.
// Each warning names the stakeholders involved so the app can highlight them.
import { buildCompactGraph, degreeOf, type EdgeInput } from '../graph/compact-graph';
import type { AnalysisContext } from './context';
import { listNames, percent } from './context';
import { cutPoints } from '../graph/cut-points';
import { fundingWithoutGoal, membersOffCommittees, noCommunityVoices, noOrganizingRole } from './practice-warnings';
import type { AnalysisWarning, VoiceBalance } from './types';
import { isElite } from './voice';

/** Above this share of professionals and influential members, community voices risk being drowned out. */
export const PROFESSIONAL_DOMINATION_SHARE = 0.6;
/** A core member touching at least this share of the ties inside the core carries the core. */
export const CORE_TIE_SHARE = 0.75;

export function answerWarnings(ctx: AnalysisContext, voice: VoiceBalance): AnalysisWarning[] {
  return [
    ...conflictsAmongMembers(ctx),
    ...professionalDomination(ctx, voice),
    ...(voice.tokenismRisk ? [tokenism(ctx, voice)] : []),
    ...noPathToServices(ctx),
    ...noCommunityVoices(ctx),
    ...noOrganizingRole(ctx),
    ...coreHangsOnOnePerson(ctx),
    ...membersOffCommittees(ctx),
    ...fundingWithoutGoal(ctx),
  ];
}

function conflictsAmongMembers(ctx: AnalysisContext): AnalysisWarning[] {
  return ctx.map.ties
    .filter((t) => t.type === 'conflict' && ctx.memberSet.has(t.source) && ctx.memberSet.has(t.target))
    .map((t) => ({
      kind: 'conflict-among-members',
      message: `${ctx.nameOf(t.source)} and ${ctx.nameOf(t.target)} are both members and have a recorded conflict (turf or bad history). Address it early, before it splits the coalition.`,
      stakeholders: [t.source, t.target],
    }));
}

function professionalDomination(ctx: AnalysisContext, voice: VoiceBalance): AnalysisWarning[] {
  if (voice.members === 0 || voice.eliteShare <= PROFESSIONAL_DOMINATION_SHARE) return [];
  return [
    {
      kind: 'professional-domination',
      message: `${percent(voice.eliteShare)} of members are professionals or influential community members (${voice.professionals} professionals, ${voice.influential} influential, of ${voice.members}). Community voices may go unheard; recruit directly-affected people and interested residents, and meet where and when they can come.`,
      stakeholders: ctx.members.filter((id) => isElite(ctx.byId.get(id)!)),
    },
  ];
}

function tokenism(ctx: AnalysisContext, voice: VoiceBalance): AnalysisWarning {
  return {
    kind: 'tokenism-risk',
    message: `Directly-affected members sit on the edge of the network (${voice.directlyAffectedMeanDegree?.toFixed(1)} contacts on average against ${voice.otherMembersMeanDegree?.toFixed(1)} for other members). Make sure they shape decisions, not just attend.`,
    stakeholders: ctx.members.filter((id) => ctx.byId.get(id)!.categories.includes('directly-affected')),
  };
}

function noPathToServices(ctx: AnalysisContext): AnalysisWarning[] {
  const { component } = ctx.figures;
  const stakeholders = ctx.map.stakeholders;
  const providerComponents = new Set(
    stakeholders.filter((s) => s.categories.includes('service-provider')).map((s) => component[ctx.indexOf(s.id)]!),
  );
  const cutOff = stakeholders
    .filter((s) => s.categories.includes('directly-affected') && !s.categories.includes('service-provider'))
    .filter((s) => !providerComponents.has(component[ctx.indexOf(s.id)]!))
    .map((s) => s.id);
  if (cutOff.length === 0) return [];
  const who = listNames(cutOff.map(ctx.nameOf));
  const message =
    providerComponents.size === 0
      ? `There is no service provider on the map, so ${who} (directly affected) cannot be linked to help through anyone the coalition knows.`
      : `${who} (directly affected) ${cutOff.length === 1 ? 'has' : 'have'} no chain of contacts to any service provider on the map. The coalition's links to the community are thin here.`;
  return [{ kind: 'no-path-to-services', message, stakeholders: cutOff }];
}

function coreHangsOnOnePerson(ctx: AnalysisContext): AnalysisWarning[] {
  const core = ctx.map.stakeholders.filter((s) => s.stage === 'core').map((s) => s.id);
  if (core.length === 1) {
    return [
      {
        kind: 'core-hangs-on-one-person',
        message: `${ctx.nameOf(core[0]!)} is the whole core group. If they step back, the coalition loses its lead; bring at least two more people into the core.`,
        stakeholders: core,
      },
    ];
  }
  if (core.length < 3) return [];
  // The core's own ties as a graph of its own: a member whose departure leaves more pieces is
  // exactly an articulation point of it (one Tarjan pass instead of a search per member).
  const coreGraph = buildCompactGraph(core, coreTiesOf(ctx, core));
  const { isArticulation } = cutPoints(coreGraph);
  let coreTies = 0;
  for (let v = 0; v < core.length; v += 1) coreTies += degreeOf(coreGraph, v) / 2;
  const warnings: AnalysisWarning[] = [];
  for (let v = 0; v < core.length; v += 1) {
    const id = core[v]!;
    const held = degreeOf(coreGraph, v);
    const splits = held > 0 && isArticulation[v] === 1;
    const carries = coreTies >= 2 && held >= CORE_TIE_SHARE * coreTies;
    if (!splits && !carries) continue;
    const why = splits
      ? 'without them some core members would have no link to the others'
      : `${held} of the ${coreTies} ties inside the core involve them`;
    warnings.push({
      kind: 'core-hangs-on-one-person',
      message: `The core group hangs on ${ctx.nameOf(id)}: ${why}. Build ties between the other core members and share the lead.`,
      stakeholders: [id],
    });
  }
  return warnings;
}

/** The figures' ties with both ends in the core (each pair once). */
function coreTiesOf(ctx: AnalysisContext, core: readonly string[]): EdgeInput[] {
  const { graph } = ctx.figures;
  const inCore = new Uint8Array(graph.order);
  for (const id of core) inCore[ctx.indexOf(id)] = 1;
  const edges: EdgeInput[] = [];
  for (const id of core) {
    const v = ctx.indexOf(id);
    for (let k = graph.offsets[v]!; k < graph.offsets[v + 1]!; k += 1) {
      const w = graph.neighbours[k]!;
      if (v < w && inCore[w] === 1) edges.push({ source: id, target: graph.ids[w]! });
    }
  }
  return edges;
}
