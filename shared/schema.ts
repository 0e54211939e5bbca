// The map file's schema: strict for what we write, so a stray key is an error, not a surprise.
// Every unknown input (a file, an IPC payload, an import) is parsed with these at the boundary.
import { z } from 'zod';
import { CATEGORY_IDS } from './categories';
import { goalSchema, journeyReferenceIssues, journeyShape } from './journey/schema';
import { practiceReferenceIssues } from './journey/practice-references';
import { savedViewsSchema } from './views';

export const MAP_FORMAT = 'coalition-map';
/**
 * 2 added the journey: steps, meetings, tasks, committees and snapshots. 3 made goals an action
 * plan (status, outcome, funders; tasks link to them) and added roles, orientation, places members
 * marked unsafe and evaluation rounds.
 */
export const MAP_VERSION = 3;

export const STAGES = ['mapped', 'to-contact', 'contacted', 'member', 'core', 'declined'] as const;
export const TIE_TYPES = ['knows', 'works-at', 'partners-with', 'refers-to', 'funds', 'conflict'] as const;
export const DIRECTED_TIE_TYPES: readonly (typeof TIE_TYPES)[number][] = ['works-at', 'refers-to', 'funds'];
export const KINDS = ['person', 'organization'] as const;

const id = z.string().min(1).max(200);
const shortText = z.string().max(500);
const longText = z.string().max(20_000);
const isoDate = z.iso.date();
const isoDateTime = z.iso.datetime({ offset: true });
const safeKey = z
  .string()
  .min(1)
  .max(200)
  .refine((k) => !['__proto__', 'constructor', 'prototype'].includes(k), 'reserved key name');

export const categorySchema = z.enum(CATEGORY_IDS);
export const stageSchema = z.enum(STAGES);
export const tieTypeSchema = z.enum(TIE_TYPES);
export const kindSchema = z.enum(KINDS);

export const stakeholderSchema = z.strictObject({
  id,
  name: z.string().trim().min(1).max(500),
  kind: kindSchema,
  categories: z.array(categorySchema).max(CATEGORY_IDS.length),
  role: shortText.default(''),
  sector: shortText.default(''),
  email: shortText.default(''),
  phone: shortText.default(''),
  address: shortText.default(''),
  /** Area served (organizations) or where a person works. */
  area: shortText.default(''),
  /** Service ids from the coalition's catalog (organizations). */
  services: z.array(id).max(200).default([]),
  /** Social and political capital, 1-5; null when not rated. */
  influence: z.number().int().min(1).max(5).nullable().default(null),
  livedExperience: z.boolean().default(false),
  confidential: z.boolean().default(false),
  /** Last day (inclusive) the person agreed to be contacted; null means no recorded consent. */
  consentUntil: isoDate.nullable().default(null),
  stage: stageSchema.default('mapped'),
  notes: longText.default(''),
  tags: z.array(shortText).max(100).default([]),
  /** Columns or attributes from imports that have no field of their own. */
  custom: z.record(safeKey, z.string().max(5_000)).default({}),
  /** Where the map last placed the node; absent until a layout ran. */
  position: z.strictObject({ x: z.number().finite(), y: z.number().finite() }).optional(),
  /** Which map or file this stakeholder came from, when merged in. */
  source: shortText.optional(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});

export const tieSchema = z.strictObject({
  id,
  source: id,
  target: id,
  type: tieTypeSchema,
  strength: z.number().int().min(1).max(3).default(2),
  trust: z.number().int().min(1).max(4).nullable().default(null),
  reportedBy: shortText.default(''),
  reportedAt: isoDate.nullable().default(null),
  notes: longText.default(''),
  /** An edge weight brought in by an import, kept as it was. */
  weight: z.number().finite().optional(),
  source_map: shortText.optional(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});

export const serviceEntrySchema = z.strictObject({ id, label: z.string().trim().min(1).max(200) });

export const categoryTargetSchema = z.strictObject({
  /** Members needed for the category not to be "thin". */
  minMembers: z.number().int().min(0).max(10_000),
  /** Share of members (0-1) needed for the category not to be "thin"; 0 when none. */
  minShare: z.number().min(0).max(1).default(0),
});

export const coalitionSchema = z.strictObject({
  name: z.string().trim().min(1).max(200),
  focusIssue: shortText.default(''),
  mission: longText.default(''),
  values: z.array(shortText).max(50).default([]),
  goals: z.array(goalSchema).max(50).default([]),
  area: shortText.default(''),
  serviceCatalog: z.array(serviceEntrySchema).max(500),
  servicesWanted: z.array(id).max(500).default([]),
  targets: z.strictObject(
    Object.fromEntries(CATEGORY_IDS.map((c) => [c, categoryTargetSchema])) as Record<
      (typeof CATEGORY_IDS)[number],
      typeof categoryTargetSchema
    >,
  ),
  anchorId: id.nullable().default(null),
});

/** The document's fields; its records' lists are checked whole here, or in slices (schema-sliced.ts). */
export const mapDocumentShape = {
  format: z.literal(MAP_FORMAT),
  version: z.literal(MAP_VERSION),
  coalition: coalitionSchema,
  stakeholders: z.array(stakeholderSchema).max(200_000),
  ties: z.array(tieSchema).max(1_000_000),
  ...journeyShape,
  /** Saved views of the map (views.ts); optional, so files without them open unchanged. */
  views: savedViewsSchema.optional(),
};

/** What no single record can show: ids unique, ties and references pointing at people on the map. */
export function mapDocumentIssues(doc: z.output<z.ZodObject<typeof mapDocumentShape>>, ctx: z.RefinementCtx): void {
  const ids = new Set<string>();
  doc.stakeholders.forEach((s, i) => {
    if (ids.has(s.id)) ctx.addIssue({ code: 'custom', path: ['stakeholders', i, 'id'], message: `duplicate stakeholder id "${s.id}"` });
    ids.add(s.id);
  });
  const tieIds = new Set<string>();
  doc.ties.forEach((t, i) => {
    if (tieIds.has(t.id)) ctx.addIssue({ code: 'custom', path: ['ties', i, 'id'], message: `duplicate tie id "${t.id}"` });
    tieIds.add(t.id);
    if (!ids.has(t.source)) ctx.addIssue({ code: 'custom', path: ['ties', i, 'source'], message: `tie refers to unknown stakeholder "${t.source}"` });
    if (!ids.has(t.target)) ctx.addIssue({ code: 'custom', path: ['ties', i, 'target'], message: `tie refers to unknown stakeholder "${t.target}"` });
    if (t.source === t.target) ctx.addIssue({ code: 'custom', path: ['ties', i], message: 'a tie cannot join a stakeholder to itself' });
  });
  if (doc.coalition.anchorId !== null && !ids.has(doc.coalition.anchorId)) {
    ctx.addIssue({ code: 'custom', path: ['coalition', 'anchorId'], message: 'the anchor organization is not on the map' });
  }
  for (const issue of journeyReferenceIssues(doc, ids)) ctx.addIssue({ code: 'custom', ...issue });
  for (const issue of practiceReferenceIssues(doc, ids)) ctx.addIssue({ code: 'custom', ...issue });
}

export const mapDocumentSchema = z.strictObject(mapDocumentShape).superRefine(mapDocumentIssues);

/** Turns a zod error into one line per problem that says where: "stakeholders[3].name: ...". */
export function describeSchemaError(error: z.ZodError, limit = 5): string {
  const lines = error.issues.slice(0, limit).map((issue) => {
    const where = issue.path.reduce<string>(
      (acc, part) => (typeof part === 'number' ? `${acc}[${part}]` : acc ? `${acc}.${String(part)}` : String(part)),
      '',
    );
    return `${where || '(top level)'}: ${issue.message}`;
  });
  const more = error.issues.length > limit ? `\n…and ${error.issues.length - limit} more` : '';
  return lines.join('\n') + more;
}
