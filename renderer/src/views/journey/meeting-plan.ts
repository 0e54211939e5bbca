// What the meeting form saves, kept apart from React so it can be tested plainly: every field the
// form shows goes into the plan (the accessibility notes used to be dropped and saved empty).
import type { AccessibilityItem, Meeting } from '../../../../shared/model';

export interface MeetingFields {
  readonly title: string;
  readonly startsAt: string;
  readonly place: string;
  readonly checks: Readonly<Record<AccessibilityItem, boolean>>;
  readonly notes: string;
  readonly agenda: string;
  readonly invited: readonly string[];
}

export type MeetingPlan = Pick<Meeting, 'title' | 'startsAt' | 'place' | 'accessibility' | 'accessibilityNotes' | 'agenda' | 'invited'>;

/** The date-time field shows minutes only; a saved time with seconds or an offset is cut to fit. */
export function localTime(startsAt: string): string {
  return startsAt.slice(0, 16);
}

/** The plan to save, or why it cannot be saved yet. `saved` is the meeting being edited, if any. */
export function meetingPlanFrom(fields: MeetingFields, saved?: Meeting): { readonly plan: MeetingPlan } | { readonly problem: string } {
  if (fields.title.trim() === '' || fields.startsAt === '') return { problem: 'A meeting needs a title and a date and time.' };
  return {
    plan: {
      title: fields.title.trim(),
      // An untouched time keeps what was saved (seconds or an offset included).
      startsAt: saved && fields.startsAt === localTime(saved.startsAt) ? saved.startsAt : fields.startsAt,
      place: fields.place.trim(),
      accessibility: { ...fields.checks },
      accessibilityNotes: fields.notes.trim(),
      agenda: fields.agenda.split('\n').map((line) => line.trim()).filter(Boolean),
      invited: [...fields.invited],
    },
  };
}
