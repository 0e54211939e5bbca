// The export dialog's first row: the format, the list (for the sheet formats, which hold one list)
// and the paper size (for the PDF brief).
import type { ChoiceList, ExportChoice, ExportKind } from '../../state/export/export-build';
import { Choice, type ChoiceOption } from '../Choice';

const KINDS: readonly ChoiceOption<ExportKind>[] = [
  { value: 'csv', label: 'CSV sheet' },
  { value: 'xlsx', label: 'Excel workbook' },
  { value: 'gexf', label: 'GEXF graph (Gephi)' },
  { value: 'graphml', label: 'GraphML graph' },
  { value: 'json', label: 'Map file (JSON)' },
  { value: 'png', label: 'PNG image of the map' },
  { value: 'svg', label: 'SVG image of the map' },
  { value: 'pdf', label: 'PDF brief' },
];
const LISTS: readonly ChoiceOption<ChoiceList>[] = [
  { value: 'recruitment', label: 'Recruitment list' },
  { value: 'stakeholders', label: 'Stakeholders' },
  { value: 'contacts', label: 'Contact list (with email and phone)' },
  { value: 'ties', label: 'Ties' },
];
const PAPER: readonly ChoiceOption<'A4' | 'Letter'>[] = [
  { value: 'A4', label: 'A4' },
  { value: 'Letter', label: 'US Letter' },
];

interface Props {
  readonly choice: ExportChoice;
  readonly update: (patch: Partial<ExportChoice>) => void;
  readonly listFormat: boolean;
  readonly pageSize: 'A4' | 'Letter';
  readonly setPageSize: (size: 'A4' | 'Letter') => void;
}

export function ExportFormatRow({ choice, update, listFormat, pageSize, setPageSize }: Props) {
  return (
    <div className="export-row">
      <label className="field">
        <span>Format</span>
        <Choice value={choice.kind} options={KINDS} onChange={(kind) => update({ kind })} autoFocus />
      </label>
      {listFormat && (
        <label className="field">
          <span>List</span>
          <Choice value={choice.list} options={LISTS} onChange={(list) => update({ list })} />
        </label>
      )}
      {choice.kind === 'pdf' && (
        <label className="field">
          <span>Paper</span>
          <Choice value={pageSize} options={PAPER} onChange={setPageSize} />
        </label>
      )}
    </div>
  );
}
