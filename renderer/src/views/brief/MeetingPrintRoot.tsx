// Puts a meeting's agenda or sign-in sheet where the brief's print styles show it and hide the
// rest of the window (the same mechanism saveBriefPdf prints with).
import { createPortal } from 'react-dom';
import type { MapDocument, Meeting } from '../../../../shared/model';
import { MeetingPrintDocument, type MeetingPaper } from './MeetingPrintDocument';
import './brief.css';
import './meeting-paper.css';

interface Props {
  readonly map: MapDocument;
  readonly meeting: Meeting;
  readonly paper: MeetingPaper;
  readonly today: string;
}

export function MeetingPrintRoot(props: Props) {
  return createPortal(
    <div className="print-brief">
      <MeetingPrintDocument {...props} />
    </div>,
    document.body,
  );
}
