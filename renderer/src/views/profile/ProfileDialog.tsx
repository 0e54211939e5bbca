// The coalition profile editor: every field of the profile in one form, saved as one edit (one
// undo step). Problems are shown beside their fields; removing services in use asks first.
import { useMemo, useRef, useState } from 'react';
import type { Coalition, MapDocument } from '../../../../shared/model';
import { useActions } from '../../state/core/use-store';
import { Dialog } from '../Dialog';
import { AboutCoalitionFields } from './AboutCoalitionFields';
import { draftFromCoalition, removalImpact, validateDraft, type ProfileDraft, type RemovalImpact } from './profile-draft';
import { ServiceCatalogEditor } from './ServiceCatalogEditor';
import { TargetsEditor } from './TargetsEditor';
import { TextListEditor } from './TextListEditor';
import { RemovalConfirm } from './RemovalConfirm';
import './profile.css';

interface Props {
  readonly map: MapDocument;
  readonly onClose: () => void;
}

interface Pending {
  readonly profile: Coalition;
  readonly impact: readonly RemovalImpact[];
}

export function ProfileDialog({ map, onClose }: Props) {
  const actions = useActions();
  const formRef = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState<ProfileDraft>(() => draftFromCoalition(map.coalition));
  const [showErrors, setShowErrors] = useState(false);
  const [pending, setPending] = useState<Pending | null>(null);
  const [busy, setBusy] = useState(false);
  const checked = useMemo(() => validateDraft(draft, map), [draft, map]);
  const errors = showErrors && 'errors' in checked ? checked.errors : {};

  const save = async (profile: Coalition) => {
    setBusy(true);
    const saved = await actions.saveProfile(profile);
    setBusy(false);
    // On failure the store has said why; the form stays open with the user's work in it.
    if (saved) onClose();
    else setPending(null);
  };

  const submit = () => {
    setShowErrors(true);
    if ('errors' in checked) {
      // Let React draw the messages, then take the user to the first field that needs them.
      requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    const impact = removalImpact(map, checked.profile).filter((i) => i.wasWanted || i.providers.length > 0);
    if (impact.length > 0) setPending({ profile: checked.profile, impact });
    else void save(checked.profile);
  };

  return (
    <Dialog title="Coalition profile" onClose={busy ? () => undefined : onClose}>
      <div className="profile-editor">
        {pending ? (
          <RemovalConfirm impact={pending.impact} busy={busy} onBack={() => setPending(null)} onConfirm={() => void save(pending.profile)} />
        ) : (
          <form
            ref={formRef}
            aria-label="Coalition profile"
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              submit();
            }}
          >
            <p className="hint">Everything here is saved together as one change; Undo takes it back.</p>
            <AboutCoalitionFields map={map} draft={draft} setDraft={setDraft} errors={errors} />
            <div className="two-col lists">
              <TextListEditor field="values" legend="Shared values" noun="value" items={draft.values} errors={errors} onChange={(values) => setDraft((d) => ({ ...d, values }))} />
              <TextListEditor field="goals" legend="Goals" noun="goal" items={draft.goals} errors={errors} onChange={(goals) => setDraft((d) => ({ ...d, goals }))} />
            </div>
            <ServiceCatalogEditor draft={draft} map={map} errors={errors} onChange={setDraft} />
            <TargetsEditor targets={draft.targets} errors={errors} onChange={(id, target) => setDraft((d) => ({ ...d, targets: { ...d.targets, [id]: target } }))} />
            {showErrors && 'errors' in checked && (
              <p className="field-error" role="alert">
                Some fields need a look before the profile can be saved; each says what is wrong.
              </p>
            )}
            <div className="dialog-actions profile-actions">
              <button type="button" onClick={onClose} disabled={busy}>
                Cancel
              </button>
              <button type="submit" className="primary" disabled={busy}>
                {busy ? 'Saving…' : 'Save profile'}
              </button>
            </div>
          </form>
        )}
      </div>
    </Dialog>
  );
}
