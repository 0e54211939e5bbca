// Barrier warnings about how the coalition is organized rather than who it knows: who carries the
// organizing work, whether the community is on the map at all, a large coalition without working
// committees, and money coming in that no goal accounts for. Each says what it saw.
import type { AnalysisContext } from './context';
import { listNames, percent, plural } from './context';
import type { AnalysisWarning } from './types';
import { isCommunityVoice } from './voice';

/** From this many members, a coalition needs committees to give everyone a seat at the table. */
export const LARGE_COALITION = 25;
/** In a large coalition, fewer than this share of members on a committee is a warning. */
export const COMMITTEE_SHARE = 0.5;
/** Roles that carry the organizing work when no anchor organization does. */
const ORGANIZING_ROLES = new Set(['coordinator', 'facilitator']);

/** Organizations the task owners act for: the owner itself, or where a person works. */
function taskOrganizations(ctx: AnalysisContext): Set<string> {
  const orgs = new Set<string>();
  const owners = new Set((ctx.map.tasks ?? []).map((t) => t.owner).filter((o) => o !== ''));
  for (const owner of owners) {
    if (ctx.byId.get(owner)?.kind === 'organization') orgs.add(owner);
  }
  for (const t of ctx.map.ties) {
    if (t.type === 'works-at' && owners.has(t.source) && ctx.byId.get(t.target)?.kind === 'organization') orgs.add(t.target);
  }
  return orgs;
}

/**
 * The organizing role can be an anchor organization, a named coordinator, an outside facilitator,
 * or the work shared out among organizations; only when none of these shows is there a warning.
 */
export function noOrganizingRole(ctx: AnalysisContext): AnalysisWarning[] {
  if (ctx.map.coalition.anchorId !== null) return [];
  const organizers = (ctx.map.roles ?? []).filter((r) => ORGANIZING_ROLES.has(r.role) && ctx.byId.has(r.stakeholderId));
  if (organizers.length > 0) return [];
  const orgs = taskOrganizations(ctx);
  if (orgs.size >= 2) return [];
  const tasks = orgs.size === 1 ? `the follow-up tasks all fall to ${ctx.nameOf([...orgs][0]!)}` : 'no follow-up task is owned by a member organization or its staff';
  return [
    {
      kind: 'no-organizing-role',
      message:
        `No one is recorded as carrying the organizing work: no anchor organization, no coordinator or outside facilitator, and ${tasks}. ` +
        'Any one of these would do: ask an organization to anchor, name a coordinator, bring in a facilitator, or share the tasks among organizations.',
      stakeholders: [...orgs],
    },
  ];
}

/**
 * Weak links to the community cannot be ruled out on a map with no community voices at all, or
 * with none among the members: say so rather than report no sign.
 */
export function noCommunityVoices(ctx: AnalysisContext): AnalysisWarning[] {
  const onMap = ctx.map.stakeholders.filter(isCommunityVoice);
  if (onMap.length === 0) {
    return [
      {
        kind: 'no-community-voices',
        message: `None of the ${plural(ctx.map.stakeholders.length, 'stakeholder')} on the map is directly affected or an interested resident, so the coalition's links to the community cannot be seen here and are likely thin. Map the people and groups the problem touches.`,
        stakeholders: [],
      },
    ];
  }
  if (ctx.members.length === 0 || ctx.members.some((id) => isCommunityVoice(ctx.byId.get(id)!))) return [];
  return [
    {
      kind: 'no-community-voices',
      message: `None of the ${plural(ctx.members.length, 'member')} is directly affected or an interested resident, although ${plural(onMap.length, 'such stakeholder')} ${onMap.length === 1 ? 'is' : 'are'} on the map (${listNames(onMap.map((s) => ctx.nameOf(s.id)))}).`,
      stakeholders: onMap.map((s) => s.id),
    },
  ];
}

export function membersOffCommittees(ctx: AnalysisContext): AnalysisWarning[] {
  if (ctx.members.length < LARGE_COALITION) return [];
  const seated = new Set(ctx.map.committees.flatMap((c) => c.memberIds));
  const off = ctx.members.filter((id) => !seated.has(id));
  const share = (ctx.members.length - off.length) / ctx.members.length;
  if (share >= COMMITTEE_SHARE) return [];
  return [
    {
      kind: 'members-off-committees',
      message: `${plural(ctx.members.length, 'member')} and only ${percent(share)} sit on a committee (${plural(ctx.map.committees.length, 'committee')}). A coalition this large needs committees or a steering group so everyone has real work and a voice.`,
      stakeholders: off,
    },
  ];
}

/** Money coming to a member (or the anchor) from a funder that no goal lists: check it serves the goals. */
export function fundingWithoutGoal(ctx: AnalysisContext): AnalysisWarning[] {
  const listed = new Set(ctx.map.coalition.goals.flatMap((g) => g.funderIds));
  const anchor = ctx.map.coalition.anchorId;
  const funders = new Set(
    ctx.map.ties.filter((t) => t.type === 'funds' && (ctx.memberSet.has(t.target) || t.target === anchor) && !listed.has(t.source)).map((t) => t.source),
  );
  if (funders.size === 0) return [];
  const ids = [...funders];
  return [
    {
      kind: 'funding-without-goal',
      message: `${listNames(ids.map(ctx.nameOf))} ${ids.length === 1 ? 'funds' : 'fund'} the coalition's members, but no goal records what that money serves. Note it against a goal, and check the funder's aims do not pull the coalition off its own.`,
      stakeholders: ids,
    },
  ];
}
