// Which sheet of a workbook to import, for a workbook with more than one: every sheet by name in
// tab order, and for a Kumu workbook its Elements sheet with the Connections as ties (the app's
// first reading). Choosing another reads the file again and starts the column mapping afresh.
import { useEffect, useRef } from 'react';
import type { CsvPreview } from '../../workers/import-protocol';
import { Choice, type ChoiceOption } from '../Choice';

interface Props {
  readonly preview: CsvPreview;
  /** Null: the Kumu pair (Elements with Connections as ties). */
  readonly onChoose: (sheet: string | null) => void;
  /** The sheet was just picked: the picker takes the focus again, so the keyboard stays where it was. */
  readonly focus: boolean;
}

const KUMU_PAIR = 'Elements with Connections as ties (Kumu)';

export function SheetChoice({ preview, onChoose, focus }: Props) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (focus) ref.current?.querySelector('select')?.focus();
  }, [focus]);
  const sheets = preview.sheets ?? [];
  if (sheets.length < 2) return null;
  const options: ChoiceOption<string | null>[] = [
    ...(preview.kumu ? [{ value: null, label: KUMU_PAIR }] : []),
    ...sheets.map((name) => ({ value: name, label: name })),
  ];
  const current = preview.tiesFromWorkbook ? null : (preview.sheet ?? sheets[0] ?? null);
  return (
    <p className="sheet-choice" ref={ref}>
      <label>
        Sheet <Choice aria-label="Sheet to import" value={current} options={options} onChange={onChoose} />
      </label>{' '}
      <span className="hint">
        {sheets.length} sheets in {preview.fileName}
      </span>
    </p>
  );
}
