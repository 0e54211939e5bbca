// File → Export: choose a format (and a list where the format holds one), decide whether
// confidential stakeholders and sensitive fields go in (each behind a confirmation naming the
// risk), filter and preview the recruitment list, read what will be left out, then save.
import { useMemo, useState } from 'react';
import { useActions, useAppState } from '../../state/core/use-store';
import { windowExportApi } from '../../state/export/export-api';
import { anyRecruit, CONTACT_RULE, localToday, type ChoiceList, type ExportChoice, type ExportKind } from '../../state/export/export-build';
import { BriefPrintRoot } from '../brief/BriefPrintRoot';
import { Choice, type ChoiceOption } from '../Choice';
import { Dialog } from '../Dialog';
import { planExport, saveExport, type ExportPlan } from './export-plan';
import { IncludeChoice } from './IncludeChoice';
import { RecruitmentPreview } from './RecruitmentPreview';
import './export.css';

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

const CONFIDENTIAL_RISK =
  'Confidential stakeholders (for example survivors) will be named in this file, with their details. Anyone who gets a copy ' +
  'can read them, and a file cannot be called back once shared. Include them only for someone who already may know who they are.';
const SENSITIVE_RISK =
  'Notes, addresses and lived experience will be written into this file. They can reveal where someone lives or what happened ' +
  'to them; a copy that is forwarded or left on a shared computer exposes them.';
const CUSTOM_RISK =
  'Custom fields (the columns of imported sheets that have no field of their own) will be written into this file. Nobody has ' +
  'checked what they hold: a case number, a shelter or an ID can identify a person to anyone who gets a copy.';

function planOrError(run: () => ExportPlan): ExportPlan | string {
  try {
    return run();
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

export function ExportDialog({ onClose }: { readonly onClose: () => void }) {
  const map = useAppState((s) => s.map);
  const actions = useActions();
  const [today] = useState(localToday);
  const [choice, setChoice] = useState<ExportChoice>({ kind: 'csv', list: 'recruitment', includeConfidential: false, includeSensitive: false, includeCustom: false, filter: anyRecruit });
  const [pageSize, setPageSize] = useState<'A4' | 'Letter'>('A4');
  const [saving, setSaving] = useState(false);
  const plan = useMemo(() => (map ? planOrError(() => planExport(map, choice, today)) : 'No map is open.'), [map, choice, today]);
  if (!map) return null;
  const update = (patch: Partial<ExportChoice>) => setChoice((c) => ({ ...c, ...patch }));
  const listFormat = choice.kind === 'csv' || choice.kind === 'xlsx';
  const textual = choice.kind !== 'png' && choice.kind !== 'svg' && choice.kind !== 'pdf';

  const save = async () => {
    if (typeof plan === 'string') return;
    setSaving(true);
    try {
      const saved = await saveExport(windowExportApi(), map, choice, plan, today, pageSize);
      if (saved === null) return;
      actions.notify('info', `Exported ${plan.contents} to ${saved.path}.`);
      for (const warning of saved.warnings) actions.notify('warning', warning);
      onClose();
    } catch (error) {
      actions.notify('error', `The export was not saved: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Dialog title="Export" onClose={onClose}>
      <div className="export-dialog">
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
        <IncludeChoice
          label="Include confidential stakeholders"
          risk={CONFIDENTIAL_RISK}
          confirmLabel="Include confidential stakeholders"
          checked={choice.includeConfidential}
          onChange={(includeConfidential) => update({ includeConfidential })}
        />
        {textual && (
          <IncludeChoice
            label="Include notes and sensitive fields"
            risk={SENSITIVE_RISK}
            confirmLabel="Include sensitive fields"
            checked={choice.includeSensitive}
            onChange={(includeSensitive) => update({ includeSensitive })}
          />
        )}
        {textual && (
          <IncludeChoice
            label="Include custom fields from imports"
            risk={CUSTOM_RISK}
            confirmLabel="Include custom fields"
            checked={choice.includeCustom}
            onChange={(includeCustom) => update({ includeCustom })}
          />
        )}
        {listFormat && choice.list === 'contacts' && (
          <p className="hint" role="note">
            {CONTACT_RULE}
          </p>
        )}
        {listFormat && choice.list === 'recruitment' && (
          <RecruitmentPreview map={map} choice={choice} today={today} onFilter={(filter) => update({ filter })} />
        )}
        <section className="export-left-out" aria-label="What this export holds and leaves out">
          {typeof plan === 'string' ? (
            <p role="alert">{plan}</p>
          ) : (
            <>
              <p>
                <strong>Will be saved:</strong> {plan.contents}.
              </p>
              <ul>
                {plan.leftOut.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </>
          )}
        </section>
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="primary" disabled={saving || typeof plan === 'string'} onClick={() => void save()}>
            {saving ? 'Saving…' : 'Save export…'}
          </button>
        </div>
      </div>
      {choice.kind === 'pdf' && <BriefPrintRoot map={map} includeConfidential={choice.includeConfidential} today={today} />}
    </Dialog>
  );
}
