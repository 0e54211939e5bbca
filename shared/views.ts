// Saved views of the map: a name and the look the user chose (colour, size, a filter, a layout).
// Stored in the map file under `views` (optional; files without it open as before). Field keys
// name a built-in field or, as `custom:<name>`, a field brought in by an import.
import { z } from 'zod';

export const COLOUR_FIELDS = ['category', 'community', 'kind', 'stage'] as const;
export const SIZE_MEASURES = ['influence', 'degree', 'betweenness', 'closeness', 'pagerank', 'coreNumber'] as const;
export const LAYOUTS = ['force', 'concentric', 'grouped', 'circle', 'no-overlap'] as const;

export type CustomFieldKey = `custom:${string}`;
export type ColourField = (typeof COLOUR_FIELDS)[number] | CustomFieldKey;
export type SizeMeasure = (typeof SIZE_MEASURES)[number];
export type SizeField = SizeMeasure | CustomFieldKey;
export type LayoutName = (typeof LAYOUTS)[number];

export const customKey = (name: string): CustomFieldKey => `custom:${name}`;
export const isCustomKey = (key: string): key is CustomFieldKey => key.startsWith('custom:') && key.length > 'custom:'.length;
export const customName = (key: CustomFieldKey): string => key.slice('custom:'.length);

const customField = z
  .string()
  .max(207)
  .refine(isCustomKey, 'a custom field key is "custom:" and the field name')
  .transform((k) => k as CustomFieldKey);
const colourField = z.union([z.enum(COLOUR_FIELDS), customField]);
const sizeField = z.union([z.enum(SIZE_MEASURES), customField]);

export const lookFilterSchema = z.strictObject({ field: colourField, value: z.string().max(5_000) });

export const layoutChoiceSchema = z.strictObject({
  name: z.enum(LAYOUTS),
  /** How far apart nodes settle, 0.5 (tight) to 3 (airy); for no-overlap, the least distance kept. */
  spacing: z.number().min(0.5).max(3).default(1),
  /** Concentric layout: the measure that puts a node nearer the centre. */
  measure: z.enum(SIZE_MEASURES).default('degree'),
});

export const savedViewSchema = z.strictObject({
  name: z.string().trim().min(1).max(200),
  colourBy: colourField,
  sizeBy: sizeField,
  filter: lookFilterSchema.nullable().default(null),
  layout: layoutChoiceSchema.nullable().default(null),
});

export type LookFilter = z.infer<typeof lookFilterSchema>;
export type LayoutChoice = z.infer<typeof layoutChoiceSchema>;
export type SavedView = z.infer<typeof savedViewSchema>;

/** The map file's field: at most 100 views, names unique (case-insensitive). */
export const savedViewsSchema = z
  .array(savedViewSchema)
  .max(100)
  .superRefine((views, ctx) => {
    const seen = new Set<string>();
    views.forEach((v, i) => {
      const key = v.name.toLocaleLowerCase();
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: [i, 'name'], message: `two saved views are called "${v.name}"` });
      seen.add(key);
    });
  });

interface WithViews {
  readonly views?: readonly SavedView[];
}

/** The map with `view` saved: it replaces a view of the same name (any case), else comes last. */
export function saveView<M extends WithViews>(map: M, view: SavedView): M {
  const parsed = savedViewSchema.parse(view);
  const views = map.views ?? [];
  const at = views.findIndex((v) => v.name.toLocaleLowerCase() === parsed.name.toLocaleLowerCase());
  const next = at < 0 ? [...views, parsed] : views.map((v, i) => (i === at ? parsed : v));
  return { ...map, views: savedViewsSchema.parse(next) };
}

/** The map without the view of this name (unchanged when there is none). */
export function deleteView<M extends WithViews>(map: M, name: string): M {
  const views = map.views ?? [];
  const next = views.filter((v) => v.name !== name);
  return next.length === views.length ? map : { ...map, views: next };
}
