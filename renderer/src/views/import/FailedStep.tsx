// A read, check or apply that failed: the reason, the promise that the map was left as it was,
// and Close (after any way back to an earlier step the dialog offers).
import type { ReactNode } from 'react';

interface Props {
  readonly message: string;
  /** What did not happen: "Nothing was imported" or "Nothing was merged". */
  readonly nothingWas: 'imported' | 'merged';
  readonly onClose: () => void;
  /** Buttons shown before Close, such as "Back to columns". */
  readonly children?: ReactNode;
}

export function FailedStep({ message, nothingWas, onClose, children }: Props) {
  return (
    <>
      <p className="import-error" role="alert">
        {message}
      </p>
      <p>Nothing was {nothingWas}; your map is as it was.</p>
      <div className="dialog-actions">
        {children}
        <button type="button" onClick={onClose} autoFocus>
          Close
        </button>
      </div>
    </>
  );
}
