// A dialog's one way out, as the last row of its buttons: "Close" unless told otherwise. A dialog
// that ends on a result (an invite, a merge's counts) makes it primary and focused, so Enter closes it.
interface Props {
  readonly onClose: () => void;
  readonly label?: string;
  readonly primary?: boolean;
  /** Takes the focus when it appears. */
  readonly focus?: boolean;
}

export function CloseRow({ onClose, label = 'Close', primary = false, focus = false }: Props) {
  return (
    <div className="dialog-actions">
      <button type="button" className={primary ? 'primary' : undefined} onClick={onClose} autoFocus={focus}>
        {label}
      </button>
    </div>
  );
}
