// The toolbar's "More…": commands a small window has no room for, in a panel under the button, so
// the toolbar keeps to one row. The panel stays mounted while closed (hidden, not removed): a
// command in it may have opened a dialog, which must outlive the panel closing. Escape or a click
// elsewhere closes it and focus goes back to "More…"; so does closing a dialog opened from it.
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

export function ToolbarMore({ children }: { readonly children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const buttonId = useId();
  const panelId = useId();
  const wrapRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    panelRef.current?.querySelector<HTMLElement>('button:not(:disabled)')?.focus();
    const onPointer = (event: PointerEvent) => {
      if (!wrapRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  return (
    <div className="toolbar-more" ref={wrapRef} data-focus-fallback={buttonId}>
      <button ref={buttonRef} id={buttonId} type="button" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen((o) => !o)}>
        More…
      </button>
      <div
        ref={panelRef}
        id={panelId}
        className="toolbar-more-panel"
        role="group"
        aria-label="More commands"
        data-open={open}
        onKeyDown={(event) => {
          if (event.key !== 'Escape' || !open || (event.target as HTMLElement).closest('dialog')) return;
          event.stopPropagation();
          setOpen(false);
          buttonRef.current?.focus();
        }}
        onClick={(event) => {
          // A command was chosen (a button that opens its own menu keeps the panel open).
          const button = (event.target as HTMLElement).closest('button');
          if (button && !button.closest('dialog') && button.getAttribute('aria-haspopup') === null) setOpen(false);
        }}
      >
        {children}
      </div>
    </div>
  );
}
