// Pure: what a cell editor's value changes on a stakeholder. The result is merged into the full
// record and saved through the panel's own edit (one save, one undo step), so a cell edit is held
// to the same rules as the form.
import { CATEGORY_IDS, type CategoryId } from '../../../shared/categories';
import type { StakeholderDraft } from '../../../shared/edits';
import type { Stage, Stakeholder } from '../../../shared/model';
import { STAGES } from '../../../shared/schema';
import { OWNER_FIELD, type Column } from './grid-columns';

/** What an editor hands back: text for text cells, a list for categories. */
export type CellValue = string | readonly string[];

/** The value an editor starts from. */
export function cellValue(column: Column, s: Stakeholder): CellValue {
  if (column.id === 'categories') return s.categories;
  if (column.id === 'stage') return s.stage;
  if (column.id === 'influence') return s.influence === null ? '' : String(s.influence);
  if (column.id === 'tags') return s.tags.join(', ');
  return column.text({ stakeholder: s, categoryLabels: '', ties: 0 });
}

function withCustom(s: Stakeholder, field: string, value: string): Record<string, string> {
  const next: Record<string, string> = { ...s.custom };
  // An emptied field goes, rather than staying as a blank that shows as a value in exports.
  if (value === '') delete next[field];
  else next[field] = value;
  return next;
}

/**
 * The changes for a new cell value, or null when it changes nothing. Throws with a plain sentence
 * when the value cannot be stored (the grid shows it and keeps the editor open).
 */
export function cellChanges(column: Column, s: Stakeholder, value: CellValue): Partial<StakeholderDraft> | null {
  const text = typeof value === 'string' ? value.trim() : '';
  switch (column.id) {
    case 'categories': {
      const chosen = CATEGORY_IDS.filter((c) => (value as readonly string[]).includes(c)) as CategoryId[];
      return chosen.join() === s.categories.join() ? null : { categories: chosen };
    }
    case 'stage': {
      if (!(STAGES as readonly string[]).includes(text)) throw new Error(`"${text}" is not a stage.`);
      return text === s.stage ? null : { stage: text as Stage };
    }
    case 'influence': {
      const influence = text === '' ? null : Number(text);
      if (influence !== null && !(Number.isInteger(influence) && influence >= 1 && influence <= 5)) throw new Error('Influence is a whole number from 1 to 5, or empty.');
      return influence === s.influence ? null : { influence };
    }
    case 'tags': {
      const tags = [...new Set(text.split(',').map((t) => t.trim()).filter((t) => t !== ''))];
      return tags.join('\n') === s.tags.join('\n') ? null : { tags };
    }
    case 'role':
      return text === s.role ? null : { role: text };
    case 'owner':
      return text === (s.custom[OWNER_FIELD] ?? '') ? null : { custom: withCustom(s, OWNER_FIELD, text) };
    default: {
      if (!column.id.startsWith('custom:')) throw new Error(`${column.label} is not edited in the list.`);
      const field = column.id.slice('custom:'.length);
      return text === (Object.hasOwn(s.custom, field) ? s.custom[field] : '') ? null : { custom: withCustom(s, field, text) };
    }
  }
}
