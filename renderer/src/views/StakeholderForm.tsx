// Every field of a stakeholder, with labels, in groups (StakeholderFields.tsx, CustomFieldsGroup.tsx);
// Save commits one edit (and one undo step).
import { useEffect, useRef, useState } from 'react';
import type { StakeholderDraft } from '../../../shared/edits';
import type { ServiceCatalogEntry } from '../../../shared/model';
import { parseTags, type PanelDraft } from '../state/core/drafts';
import type { SensitiveField } from '../state/safety/sensitive-fields';
import { CustomFieldsGroup } from './CustomFieldsGroup';
import { ContactGroup, NotesGroup, WhoGroup, WorkGroup, type SetField } from './StakeholderFields';

interface Props {
  /** What the form starts with: the record, or a draft kept from an earlier visit. */
  readonly initial: PanelDraft;
  /** The record as saved; Cancel goes back to it. */
  readonly saved: PanelDraft;
  /** Every change, so the store keeps the typed text when the form goes away. */
  readonly onChange: (entry: PanelDraft) => void;
  /** Puts the cursor in Name when the form appears (a new stakeholder: typing starts at once). */
  readonly focusFirst?: boolean;
  /** Throws the kept draft away (the form goes back to `saved`). */
  readonly onDiscard: () => void;
  readonly catalog: readonly ServiceCatalogEntry[];
  readonly formLabel: string;
  readonly onSave: (draft: StakeholderDraft, isAnchor: boolean) => Promise<unknown>;
  readonly onCancel: () => void;
  /** Fields shown as "hidden" and not editable ("Hide sensitive fields on screen"); saving keeps their real values. */
  readonly hiddenFields?: ReadonlySet<SensitiveField>;
}

function RestoredNote({ onDiscard }: { readonly onDiscard: () => void }) {
  return (
    <p className="hint draft-note" role="note">
      Showing changes you typed earlier and have not saved yet.{' '}
      <button type="button" className="small" onClick={onDiscard}>
        Discard them
      </button>
    </p>
  );
}

function FormActions({ busy, nameMissing, onCancel }: { readonly busy: boolean; readonly nameMissing: boolean; readonly onCancel: () => void }) {
  return (
    <div className="form-actions">
      <button type="button" disabled={busy} onClick={onCancel}>
        Cancel
      </button>
      <button type="submit" className="primary" disabled={busy || nameMissing}>
        {busy ? 'Saving…' : 'Save'}
      </button>
    </div>
  );
}

/** Puts the cursor in the name field when asked, scrolled to the middle of the panel. */
function useFocusFirst(focusFirst: boolean) {
  const nameRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (!focusFirst) return;
    nameRef.current?.scrollIntoView({ block: 'center' });
    nameRef.current?.focus();
  }, [focusFirst]);
  return nameRef;
}

export function StakeholderForm({ initial, saved, onChange, onDiscard, focusFirst = false, catalog, formLabel, onSave, onCancel, hiddenFields }: Props) {
  const isHidden = (field: SensitiveField): boolean => hiddenFields?.has(field) === true;
  const [entry, setEntry] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [restored, setRestored] = useState(initial !== saved);
  const nameRef = useFocusFirst(focusFirst);
  const { draft, tagsText: tags, anchor } = entry;
  const change = (next: PanelDraft) => {
    setEntry(next);
    onChange(next);
  };
  const set: SetField = (key, value) => change({ ...entry, draft: { ...draft, [key]: value } });
  const nameMissing = draft.name.trim() === '';
  const groupProps = { draft, set, isHidden };
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (nameMissing) return;
    setBusy(true);
    void onSave({ ...draft, name: draft.name.trim(), tags: parseTags(tags) }, anchor).finally(() => setBusy(false));
  };
  const discard = () => {
    setEntry(saved);
    setRestored(false);
    onDiscard();
  };
  const cancel = () => {
    setEntry(saved);
    onCancel();
  };

  return (
    <form className="stakeholder-form" aria-label={formLabel} onSubmit={submit}>
      {restored && <RestoredNote onDiscard={discard} />}
      <WhoGroup {...groupProps} nameRef={nameRef} nameMissing={nameMissing} anchor={anchor} setAnchor={(on) => change({ ...entry, anchor: on })} />
      <ContactGroup {...groupProps} />
      <WorkGroup {...groupProps} catalog={catalog} />
      <NotesGroup {...groupProps} tags={tags} setTags={(tagsText) => change({ ...entry, tagsText })} />
      <CustomFieldsGroup custom={draft.custom} onChange={(custom) => set('custom', custom)} hidden={(hiddenFields?.size ?? 0) > 0} />
      <FormActions busy={busy} nameMissing={nameMissing} onCancel={cancel} />
    </form>
  );
}
