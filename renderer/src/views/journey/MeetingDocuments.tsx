// A meeting's papers: the agenda and the sign-in sheet as PDF (printed from the window like the
// brief), and a filled sign-in sheet (CSV) read back into the attendance checkboxes, to review
// and save like attendance ticked by hand.
import { useEffect, useState, type ChangeEvent } from 'react';
import { readCsvFile } from '../../../../shared/exchange/csv';
import type { MapDocument, Meeting } from '../../../../shared/model';
import { describeFailure } from '../../state/core/failure';
import { windowExportApi } from '../../state/export/export-api';
import { readSignInSheet } from '../../state/journey/journey-signin';
import { useActions } from '../../state/core/use-store';
import { MeetingPrintRoot } from '../brief/MeetingPrintRoot';
import { signInNames, type MeetingPaper } from '../brief/MeetingPrintDocument';
import { fileStem } from '../../state/export/export-build';

interface Props {
  readonly map: MapDocument;
  readonly meeting: Meeting;
  readonly onAttendance: (ids: string[]) => void;
}

const MAX_SHEET_BYTES = 5_000_000;

export function MeetingDocuments({ map, meeting, onAttendance }: Props) {
  const actions = useActions();
  const [paper, setPaper] = useState<MeetingPaper | null>(null);
  const [sheetNote, setSheetNote] = useState('');
  const today = new Date().toISOString().slice(0, 10);

  useEffect(() => {
    if (paper === null) return;
    // The printable view is in the page by now (effects run after it is drawn into the DOM).
    const { names, withheld } = signInNames(map, meeting);
    const what = paper === 'agenda' ? 'agenda' : 'sign-in';
    const suggestedFileName = `${fileStem(meeting.title)}-${what}-${meeting.startsAt.slice(0, 10)}.pdf`;
    const summary = { records: paper === 'agenda' ? 0 : names.length, ties: 0, leftOut: 0, redacted: paper === 'agenda' ? 0 : withheld };
    windowExportApi()
      .saveBriefPdf({ suggestedFileName, pageSize: 'A4', summary })
      .then((saved) => {
        if (saved) actions.notify('info', `Saved the ${paper === 'agenda' ? 'agenda' : 'sign-in sheet'} as ${saved.path}.`);
      })
      .catch((error: unknown) => actions.notify('error', `Could not save the PDF: ${describeFailure(error)}`))
      .finally(() => setPaper(null));
  }, [paper, map, meeting, actions]);

  const importSheet = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    try {
      if (file.size > MAX_SHEET_BYTES) throw new Error(`${file.name} is larger than 5 MB; a sign-in sheet is much smaller.`);
      const table = readCsvFile(new Uint8Array(await file.arrayBuffer()), file.name);
      const reading = readSignInSheet(table, map, file.name);
      onAttendance([...reading.attended]);
      const notes = [`${reading.attended.length} marked as attended in ${file.name}; review and save below.`];
      if (reading.unknown.length > 0) notes.push(`Not on the map: ${reading.unknown.join(', ')}.`);
      if (reading.ambiguous.length > 0) notes.push(`More than one stakeholder has the name ${reading.ambiguous.join(', ')}; tick the right one by hand.`);
      setSheetNote(notes.join(' '));
    } catch (error) {
      setSheetNote(`Could not read the sheet: ${describeFailure(error)}`);
    }
  };

  return (
    <section className="journey-papers" aria-label="Meeting papers">
      <h4>Papers</h4>
      <div className="journey-row">
        <button type="button" className="small" disabled={paper !== null} onClick={() => setPaper('agenda')}>
          Agenda (PDF)…
        </button>
        <button type="button" className="small" disabled={paper !== null} onClick={() => setPaper('sign-in')}>
          Sign-in sheet (PDF)…
        </button>
        <label className="journey-file">
          Read a filled sign-in sheet (CSV)
          <input type="file" accept=".csv,text/csv" onChange={(e) => void importSheet(e)} />
        </label>
      </div>
      {sheetNote !== '' && <p role="status">{sheetNote}</p>}
      {paper !== null && <MeetingPrintRoot map={map} meeting={meeting} paper={paper} today={today} />}
    </section>
  );
}
