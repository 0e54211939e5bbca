// Puts the brief beside the app's root, where the print styles show it and hide everything else
// (the window's printToPDF and the harness's page.pdf() both print with those styles).
import { createPortal } from 'react-dom';
import type { MapDocument } from '../../../../shared/model';
import { BriefDocument } from './BriefDocument';
import './brief.css';

interface Props {
  readonly map: MapDocument;
  readonly includeConfidential: boolean;
  readonly today: string;
}

export function BriefPrintRoot(props: Props) {
  return createPortal(
    <div className="print-brief">
      <BriefDocument {...props} />
    </div>,
    document.body,
  );
}
