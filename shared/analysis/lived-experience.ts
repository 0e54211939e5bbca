// Who counts as "a member with lived experience": one rule for every screen that gives the figure.
// The journey's step 3 and Insights' voice balance both read it from here, so they cannot disagree.
// Someone brings lived experience when the flag is set on them or they carry the directly-affected
// category (an imported list often has one without the other); only members count towards the figure.
import { isMember, type Stakeholder } from '../model';
import { percent, plural } from './context';

type Person = Pick<Stakeholder, 'id' | 'stage' | 'categories' | 'livedExperience'>;

export function bringsLivedExperience(s: Pick<Stakeholder, 'categories' | 'livedExperience'>): boolean {
  return s.livedExperience || s.categories.includes('directly-affected');
}

export interface LivedExperienceFigure {
  /** The members who bring lived experience, in map order. */
  readonly ids: readonly string[];
  readonly members: number;
  /** Their share of all members; 0 with no members. */
  readonly share: number;
}

export function livedExperienceFigure(stakeholders: readonly Person[]): LivedExperienceFigure {
  const members = stakeholders.filter(isMember);
  const ids = members.filter(bringsLivedExperience).map((s) => s.id);
  return { ids, members: members.length, share: members.length === 0 ? 0 : ids.length / members.length };
}

/** The figure in words, the same on every screen: "4 of 22 members (18%)". */
export function livedExperienceText(figure: LivedExperienceFigure): string {
  return `${figure.ids.length} of ${plural(figure.members, 'member')} (${percent(figure.share)})`;
}
