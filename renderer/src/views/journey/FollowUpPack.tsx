// A held meeting's follow-up pack: the minutes and reminder list as a PDF, or the reminder list as
// CSV. Confidential people are under placeholders unless the user ticks the box for this export.
import { useEffect, useState } from 'react';
import { tableToCsv } from '../../../../shared/exchange/export-csv';
import { buildFollowUpPack, reminderTable, type FollowUpPack as Pack } from '../../../../shared/journey/follow-up-pack';
import type { MapDocument, Meeting } from '../../../../shared/model';
import { fileStem } from '../../state/export/export-build';
import { windowExportApi } from '../../state/export/export-api';
import { describeFailure } from '../../state/core/failure';
import { useActions } from '../../state/core/use-store';
import { FollowUpPrintRoot } from '../brief/FollowUpPrintDocument';

function summaryOf(p: Pack) {
  return { records: p.reminders.length, ties: 0, leftOut: p.omitted.missingConsent + p.omitted.expiredConsent, redacted: p.redacted };
}

export function FollowUpPack({ map, meeting }: { readonly map: MapDocument; readonly meeting: Meeting }) {
  const actions = useActions();
  const [includeConfidential, setIncludeConfidential] = useState(false);
  const [printing, setPrinting] = useState<Pack | null>(null);
  const today = new Date().toISOString().slice(0, 10);
  const stem = `${fileStem(meeting.title)}-follow-up-${meeting.startsAt.slice(0, 10)}`;
  const pack = () => buildFollowUpPack(map, meeting.id, { includeConfidential, today });
  useEffect(() => {
    if (printing === null) return;
    // The printable pack is in the page by now (effects run after it is drawn).
    windowExportApi()
      .saveBriefPdf({ suggestedFileName: `${stem}.pdf`, pageSize: 'A4', summary: summaryOf(printing) })
      .then((saved) => saved && actions.notify('info', `Saved the follow-up pack as ${saved.path}.`))
      .catch((error: unknown) => actions.notify('error', `Could not save: ${describeFailure(error)}`))
      .finally(() => setPrinting(null));
  }, [printing, stem, actions]);

  const saveCsv = () => {
    const p = pack();
    void windowExportApi()
      .saveExportFile({ suggestedFileName: `${stem}-reminders.csv`, format: 'csv', content: tableToCsv(reminderTable(p)), summary: summaryOf(p) })
      .then((saved) => saved && actions.notify('info', `Saved the reminder list as ${saved.path}.`))
      .catch((error: unknown) => actions.notify('error', `Could not save: ${describeFailure(error)}`));
  };

  return (
    <section className="journey-papers" aria-label="Follow-up pack">
      <h4>Follow-up pack</h4>
      <p className="hint">Minutes and a reminder list: who came, who was invited and missed it, who is likely to come. People without a current consent to be contacted are left off the list.</p>
      <label className="journey-check">
        <input type="checkbox" checked={includeConfidential} onChange={(e) => setIncludeConfidential(e.target.checked)} />
        Name confidential people in this pack
      </label>
      <div className="journey-row">
        <button type="button" className="small" disabled={printing !== null} onClick={() => setPrinting(pack())}>
          Follow-up pack (PDF)…
        </button>
        <button type="button" className="small" onClick={saveCsv}>
          Reminder list (CSV)…
        </button>
      </div>
      {printing !== null && <FollowUpPrintRoot pack={printing} coalition={map.coalition.name} today={today} />}
    </section>
  );
}
