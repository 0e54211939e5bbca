// File → Export: choose a format (and a list where the format holds one), decide whether
// confidential stakeholders and sensitive fields go in (each behind a confirmation naming the
// risk), filter and preview the recruitment list, read what will be left out, then save.
import { useMemo, useState } from 'react';
import { useActions, useAppState } from '../../state/core/use-store';
import { windowExportApi } from '../../state/export/export-api';
import { anyRecruit, CONTACT_RULE, localToday, type ExportChoice } from '../../state/export/export-build';
import { BriefPrintRoot } from '../brief/BriefPrintRoot';
import { Dialog } from '../Dialog';
import { planExport, saveExport, type ExportPlan } from './export-plan';
import { ExportFormatRow } from './ExportFormatRow';
import { ExportIncludes } from './ExportIncludes';
import { ExportPlanSummary } from './ExportPlanSummary';
import { RecruitmentPreview } from './RecruitmentPreview';
import './export.css';

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
        <ExportFormatRow choice={choice} update={update} listFormat={listFormat} pageSize={pageSize} setPageSize={setPageSize} />
        <ExportIncludes choice={choice} update={update} textual={textual} />
        {listFormat && choice.list === 'contacts' && (
          <p className="hint" role="note">
            {CONTACT_RULE}
          </p>
        )}
        {listFormat && choice.list === 'recruitment' && (
          <RecruitmentPreview map={map} choice={choice} today={today} onFilter={(filter) => update({ filter })} />
        )}
        <ExportPlanSummary plan={plan} />
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
