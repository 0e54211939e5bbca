// The worker is busy: what it is doing now, and a Cancel that ends it (nothing has changed yet).
interface Props {
  readonly message: string;
  readonly onCancel: () => void;
}

export function WorkingStep({ message, onCancel }: Props) {
  return (
    <>
      <p className="import-progress" role="status" aria-live="polite">
        <span className="import-spinner" aria-hidden="true" />
        {message}
      </p>
      <div className="dialog-actions">
        <button type="button" onClick={onCancel} autoFocus>
          Cancel
        </button>
      </div>
    </>
  );
}
