// The recruitment list's filter (category, stage) and the rows that will be written, exactly as
// the file will hold them (the same table the CSV or Excel writer receives).
import { CATEGORIES, type CategoryId } from '../../../../shared/categories';
import type { MapDocument, Stage } from '../../../../shared/model';
import { STAGES } from '../../../../shared/schema';
import { buildRecruitmentList, type ExportChoice, type RecruitmentFilter } from '../../state/export/export-build';
import { Choice, type ChoiceOption } from '../Choice';
import { STAGE_LABELS } from '../labels';

interface Props {
  readonly map: MapDocument;
  readonly choice: ExportChoice;
  readonly today: string;
  readonly onFilter: (filter: RecruitmentFilter) => void;
}

const PREVIEW_ROWS = 50;
const CATEGORY_OPTIONS: readonly ChoiceOption<CategoryId | 'all'>[] = [
  { value: 'all', label: 'All categories' },
  ...CATEGORIES.map((c) => ({ value: c.id, label: c.label })),
];
const STAGE_OPTIONS: readonly ChoiceOption<Stage | 'all'>[] = [{ value: 'all', label: 'All stages' }, ...STAGES.map((s) => ({ value: s, label: STAGE_LABELS[s] }))];

/** Columns that hold sentences: given room to wrap into a few lines, not one word a line. */
const LONG_TEXT: ReadonlySet<string> = new Set(['contact_note', 'reason', 'path']);

export function RecruitmentPreview({ map, choice, today, onFilter }: Props) {
  const { table } = buildRecruitmentList(map, choice, today);
  const { filter } = choice;
  return (
    <fieldset className="export-filter">
      <legend>Which suggestions</legend>
      <div className="export-row">
        <label className="field">
          <span>Category</span>
          <Choice value={filter.category} options={CATEGORY_OPTIONS} onChange={(category) => onFilter({ ...filter, category })} />
        </label>
        <label className="field">
          <span>Stage</span>
          <Choice value={filter.stage} options={STAGE_OPTIONS} onChange={(stage) => onFilter({ ...filter, stage })} />
        </label>
      </div>
      <div className="export-preview" tabIndex={0} role="region" aria-label="Rows to be written">
        <table>
          <caption>
            {table.rows.length === 0 ? 'No suggestions match: the file would hold only the header row.' : `${table.rows.length} ${table.rows.length === 1 ? 'row' : 'rows'} will be written`}
            {table.rows.length > PREVIEW_ROWS ? ` (the first ${PREVIEW_ROWS} shown)` : ''}
          </caption>
          <thead>
            <tr>
              {table.columns.map((c) => (
                <th key={c.header} scope="col">
                  {c.header.replace(/_/g, ' ')}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.slice(0, PREVIEW_ROWS).map((row, r) => (
              <tr key={r}>
                {row.map((cell, c) => (
                  <td key={c} className={LONG_TEXT.has(table.columns[c]?.header ?? '') ? 'long-text' : undefined}>
                    {cell === null ? '' : String(cell)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </fieldset>
  );
}
