// Every free-text field of a map, in one list, so erasing a person and hiding them in an export
// look in the same places: other stakeholders' notes and details, who reported a tie and its
// notes, meeting titles, places, agendas and minutes, task titles, committees, step notes,
// snapshot labels, saved views and the coalition's own texts. Names of other stakeholders are not in it: a
// record's name is that record, not a mention (a duplicate record is deleted, not scrubbed).
import type { MapDocument, Stakeholder, Tie } from '../model';

/** Says which field a text is, for a person to recognise: "Notes on Bo Chen". */
export type TextVisitor = (text: string, place: string, field?: 'reportedBy') => string;

const each = (list: readonly string[], visit: TextVisitor, place: string): string[] => list.map((t) => visit(t, place));

function custom(values: Readonly<Record<string, string>>, visit: TextVisitor, who: string): Record<string, string> {
  return Object.fromEntries(Object.entries(values).map(([key, value]) => [key, visit(value, `${key} of ${who}`)]));
}

function stakeholderTexts(s: Stakeholder, visit: TextVisitor): Stakeholder {
  const who = s.name;
  const next: Stakeholder = {
    ...s,
    role: visit(s.role, `Role of ${who}`),
    sector: visit(s.sector, `Sector of ${who}`),
    email: visit(s.email, `Email of ${who}`),
    address: visit(s.address, `Address of ${who}`),
    area: visit(s.area, `Area of ${who}`),
    notes: visit(s.notes, `Notes on ${who}`),
    tags: each(s.tags, visit, `Tags of ${who}`),
    custom: custom(s.custom, visit, who),
  };
  return s.source === undefined ? next : { ...next, source: visit(s.source, `Source of ${who}`) };
}

function tieTexts(t: Tie, names: ReadonlyMap<string, string>, visit: TextVisitor): Tie {
  const label = `Tie ${names.get(t.source) ?? t.source} – ${names.get(t.target) ?? t.target}`;
  const next: Tie = { ...t, reportedBy: visit(t.reportedBy, `${label}: reported by`, 'reportedBy'), notes: visit(t.notes, `${label}: notes`) };
  return t.source_map === undefined ? next : { ...next, source_map: visit(t.source_map, `${label}: source`) };
}

/** The map with `visit` applied to every free-text field (return the text unchanged to only look). */
export function mapTexts(map: MapDocument, visit: TextVisitor): MapDocument {
  const names = new Map(map.stakeholders.map((s) => [s.id, s.name]));
  const c = map.coalition;
  return {
    ...map,
    coalition: {
      ...c,
      focusIssue: visit(c.focusIssue, 'Coalition focus issue'),
      mission: visit(c.mission, 'Coalition mission'),
      values: each(c.values, visit, 'Coalition values'),
      goals: c.goals.map((g) => ({
        ...g,
        title: visit(g.title, 'Coalition goal'),
        outcome: visit(g.outcome, `Outcome of goal “${g.title}”`),
        resources: visit(g.resources, `Resources of goal “${g.title}”`),
      })),
      area: visit(c.area, 'Coalition area'),
    },
    stakeholders: map.stakeholders.map((s) => stakeholderTexts(s, visit)),
    ties: map.ties.map((t) => tieTexts(t, names, visit)),
    steps: map.steps.map((s) => ({ ...s, notes: visit(s.notes, `Notes of journey step “${s.id}”`) })),
    meetings: map.meetings.map((m) => {
      const what = `meeting “${m.title}”`;
      return {
        ...m,
        title: visit(m.title, `Title of ${what}`),
        place: visit(m.place, `Place of ${what}`),
        accessibilityNotes: visit(m.accessibilityNotes, `Accessibility notes of ${what}`),
        agenda: each(m.agenda, visit, `Agenda of ${what}`),
        minutes: visit(m.minutes, `Minutes of ${what}`),
      };
    }),
    tasks: map.tasks.map((t) => ({ ...t, title: visit(t.title, `Task “${t.title}”`) })),
    committees: map.committees.map((k) => ({ ...k, name: visit(k.name, `Committee “${k.name}”`), purpose: visit(k.purpose, `Purpose of committee “${k.name}”`) })),
    snapshots: map.snapshots.map((s) => ({ ...s, label: visit(s.label, `Snapshot “${s.label}”`) })),
    unsafePlaces: map.unsafePlaces.map((u) => ({
      ...u,
      place: visit(u.place, 'A place marked unsafe'),
      markedBy: visit(u.markedBy, `Who marked “${u.place}” unsafe`),
      note: visit(u.note, `Note on “${u.place}”`),
    })),
    evaluations: map.evaluations.map((e) => ({
      ...e,
      label: visit(e.label, `Evaluation round of ${e.heldOn}`),
      questions: e.questions.map((q) => ({ ...q, text: visit(q.text, `Evaluation question of ${e.heldOn}`) })),
    })),
    // A saved view's name and the value it filters by are typed or imported text too.
    ...(map.views === undefined
      ? {}
      : {
          views: map.views.map((v) => ({
            ...v,
            name: visit(v.name, `Saved view “${v.name}”`),
            filter: v.filter && { ...v.filter, value: visit(v.filter.value, `Filter of saved view “${v.name}”`) },
          })),
        }),
  };
}
