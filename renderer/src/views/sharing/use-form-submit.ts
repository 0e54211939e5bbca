// The submit of the sharing dialogs' forms, written once: nothing happens while the form is not
// ready or is already working; each try clears the last error, and a failure is shown in words.
import { useState, type FormEvent } from 'react';
import { failureText } from './DialogFooter';

export interface FormSubmit {
  readonly busy: boolean;
  readonly error: string | null;
  /**
   * A form's onSubmit that runs `work` when `ready`. With `stayBusy` the form stays busy after the
   * work succeeds (its dialog closes then), so it cannot be sent twice in between.
   */
  onSubmit(ready: boolean, work: () => Promise<unknown>, stayBusy?: boolean): (event: FormEvent) => void;
}

export function useFormSubmit(): FormSubmit {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return {
    busy,
    error,
    onSubmit: (ready, work, stayBusy = false) => (event) => {
      event.preventDefault();
      if (!ready || busy) return;
      setBusy(true);
      setError(null);
      work().then(
        () => {
          if (!stayBusy) setBusy(false);
        },
        (failure: unknown) => {
          setError(failureText(failure));
          setBusy(false);
        },
      );
    },
  };
}
