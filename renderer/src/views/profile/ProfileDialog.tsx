// The coalition profile editor: every field of the profile in one form, saved as one edit (one
// undo step). Problems are shown beside their fields; removing services in use asks first.
import { useMemo, useRef, useState } from 'react';
import type { Coalition, MapDocument } from '../../../../shared/model';
import { useActions } from '../../state/core/use-store';
import { Choice } from '../Choice';
import { Dialog } from '../Dialog';
import { describedBy, FieldError } from './FieldError';
import { draftFromCoalition, LIMITS, removalImpact, validateDraft, type ProfileDraft, type RemovalImpact } from './profile-draft';
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

type TextKey = 'name' | 'focusIssue' | 'area';

export function ProfileDialog({ map, onClose }: Props) {
  const actions = useActions();
  const formRef = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState<ProfileDraft>(() => draftFromCoalition(map.coalition));
  const [showErrors, setShowErrors] = useState(false);
  const [pending, setPending] = useState<Pending | null>(null);
  const [busy, setBusy] = useState(false);
  const checked = useMemo(() => validateDraft(draft, map), [draft, map]);
  const errors = showErrors && 'errors' in checked ? checked.errors : {};
  const organizations = useMemo(
    () => map.stakeholders.filter((s) => s.kind === 'organization').sort((a, b) => a.name.localeCompare(b.name)),
    [map.stakeholders],
  );

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

  const text = (key: TextKey, label: string, max: number) => (
    <label className="field">
      <span>{label}</span>
      <input value={draft[key]} maxLength={max} onChange={(e) => setDraft((d) => ({ ...d, [key]: e.target.value }))} {...describedBy(key, errors[key])} />
      <FieldError field={key} message={errors[key]} />
    </label>
  );

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
            <fieldset className="form-group">
              <legend>About the coalition</legend>
              {text('name', 'Coalition name', LIMITS.name)}
              <div className="two-col">
                {text('focusIssue', 'Focus issue', LIMITS.shortText)}
                {text('area', 'Area served', LIMITS.shortText)}
              </div>
              <label className="field">
                <span>Mission</span>
                <textarea rows={3} value={draft.mission} maxLength={LIMITS.mission} onChange={(e) => setDraft((d) => ({ ...d, mission: e.target.value }))} {...describedBy('mission', errors.mission)} />
                <FieldError field="mission" message={errors.mission} />
              </label>
              <label className="field">
                <span>Anchor organization</span>
                <Choice
                  value={draft.anchorId}
                  options={[{ value: '', label: 'None yet' }, ...organizations.map((o) => ({ value: o.id, label: o.name }))]}
                  onChange={(anchorId) => setDraft((d) => ({ ...d, anchorId }))}
                  {...describedBy('anchorId', errors.anchorId)}
                />
                <FieldError field="anchorId" message={errors.anchorId} />
              </label>
            </fieldset>
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
