// The field groups of the stakeholder form (who, contact, work, notes and tags), each drawing its
// part of the draft and reporting changes through `set`. Sensitive fields shown as "hidden" are
// disabled ("Hide sensitive fields on screen"); the save keeps their real values.
import type { ReactNode } from 'react';
import { CATEGORIES, type CategoryId } from '../../../shared/categories';
import type { StakeholderDraft } from '../../../shared/edits';
import type { ServiceCatalogEntry, Stage, StakeholderKind } from '../../../shared/model';
import { KINDS, STAGES } from '../../../shared/schema';
import { HIDDEN_FIELD_TEXT, type SensitiveField } from '../state/safety/sensitive-fields';
import { Choice, optionsOf } from './Choice';
import { KIND_LABELS, STAGE_LABELS } from './labels';

const KIND_OPTIONS = optionsOf<StakeholderKind>(KINDS, (k) => KIND_LABELS[k]);
const STAGE_OPTIONS = optionsOf<Stage>(STAGES, (s) => STAGE_LABELS[s]);
const INFLUENCE_OPTIONS = optionsOf<number | null>([null, 1, 2, 3, 4, 5], (n) => (n === null ? 'Not rated' : String(n)));

export type SetField = <K extends keyof StakeholderDraft>(key: K, value: StakeholderDraft[K]) => void;

export interface GroupProps {
  readonly draft: StakeholderDraft;
  readonly set: SetField;
  readonly isHidden: (field: SensitiveField) => boolean;
}

function toggled<T>(list: readonly T[], item: T, on: boolean): T[] {
  return on ? [...list.filter((x) => x !== item), item] : list.filter((x) => x !== item);
}

export function Text({ label, value, onChange, type = 'text', hidden = false }: { label: string; value: string; onChange: (v: string) => void; type?: string; hidden?: boolean }) {
  return (
    <label className="field">
      <span>{label}</span>
      {hidden ? (
        <input type="text" value="" placeholder={HIDDEN_FIELD_TEXT} disabled title="Hidden on screen for this map" />
      ) : (
        <input type={type} value={value} maxLength={500} onChange={(e) => onChange(e.target.value)} />
      )}
    </label>
  );
}

export function Group({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="form-group">
      <legend>{legend}</legend>
      {children}
    </fieldset>
  );
}

function CategoryChecks({ draft, set }: Pick<GroupProps, 'draft' | 'set'>) {
  return (
    <fieldset className="checks">
      <legend>Categories</legend>
      {CATEGORIES.map((c) => (
        <label key={c.id} className="check" title={c.description}>
          <input type="checkbox" checked={draft.categories.includes(c.id)} onChange={(e) => set('categories', toggled<CategoryId>(draft.categories, c.id, e.target.checked))} />
          <span className="swatch" style={{ background: c.colour }} aria-hidden="true" />
          {c.label}
        </label>
      ))}
    </fieldset>
  );
}

interface WhoProps extends GroupProps {
  readonly nameRef: React.RefObject<HTMLInputElement | null>;
  readonly nameMissing: boolean;
  readonly anchor: boolean;
  readonly setAnchor: (on: boolean) => void;
}

export function WhoGroup({ draft, set, isHidden, nameRef, nameMissing, anchor, setAnchor }: WhoProps) {
  return (
    <Group legend="Who">
      <label className="field">
        <span>Name</span>
        <input ref={nameRef} value={draft.name} maxLength={500} required aria-invalid={nameMissing} onChange={(e) => set('name', e.target.value)} />
      </label>
      <label className="field">
        <span>Kind</span>
        <Choice value={draft.kind} options={KIND_OPTIONS} onChange={(kind) => set('kind', kind)} />
      </label>
      <CategoryChecks draft={draft} set={set} />
      <label className="field">
        <span>Engagement stage</span>
        <Choice value={draft.stage} options={STAGE_OPTIONS} onChange={(stage) => set('stage', stage)} />
      </label>
      <div className="two-col">
        <Text label="Role or title" value={draft.role} onChange={(v) => set('role', v)} />
        <Text label="Sector" value={draft.sector} onChange={(v) => set('sector', v)} />
      </div>
      <label className="field">
        <span>Influence (1 to 5)</span>
        <Choice value={draft.influence} options={INFLUENCE_OPTIONS} onChange={(influence) => set('influence', influence)} />
      </label>
      <label className="check">
        <input type="checkbox" checked={draft.livedExperience} disabled={isHidden('livedExperience')} onChange={(e) => set('livedExperience', e.target.checked)} />
        Lived experience{isHidden('livedExperience') && ` (${HIDDEN_FIELD_TEXT})`}
      </label>
      <label className="check">
        <input type="checkbox" checked={draft.confidential} onChange={(e) => set('confidential', e.target.checked)} />
        Confidential (hidden in exports unless chosen)
      </label>
      {draft.kind === 'organization' && (
        <label className="check">
          <input type="checkbox" checked={anchor} onChange={(e) => setAnchor(e.target.checked)} />
          Anchor organization (leads and staffs the coalition)
        </label>
      )}
    </Group>
  );
}

export function ContactGroup({ draft, set, isHidden }: GroupProps) {
  return (
    <Group legend="Contact">
      <div className="two-col">
        <Text label="Email" type="email" value={draft.email} hidden={isHidden('email')} onChange={(v) => set('email', v)} />
        <Text label="Phone" type="tel" value={draft.phone} hidden={isHidden('phone')} onChange={(v) => set('phone', v)} />
      </div>
      <Text label="Address" value={draft.address} hidden={isHidden('address')} onChange={(v) => set('address', v)} />
      <label className="field">
        <span>Consent to contact until</span>
        <input type="date" value={draft.consentUntil ?? ''} onChange={(e) => set('consentUntil', e.target.value === '' ? null : e.target.value)} />
      </label>
    </Group>
  );
}

export function WorkGroup({ draft, set, isHidden, catalog }: GroupProps & { readonly catalog: readonly ServiceCatalogEntry[] }) {
  return (
    <Group legend="Work">
      <Text label="Area served" value={draft.area} hidden={isHidden('area')} onChange={(v) => set('area', v)} />
      <fieldset className="checks">
        <legend>Services offered</legend>
        {catalog.map((service) => (
          <label key={service.id} className="check">
            <input type="checkbox" checked={draft.services.includes(service.id)} onChange={(e) => set('services', toggled(draft.services, service.id, e.target.checked))} />
            {service.label}
          </label>
        ))}
      </fieldset>
    </Group>
  );
}

export function NotesGroup({ draft, set, isHidden, tags, setTags }: GroupProps & { readonly tags: string; readonly setTags: (text: string) => void }) {
  return (
    <Group legend="Notes and tags">
      <label className="field">
        <span>Notes</span>
        {isHidden('notes') ? (
          <textarea rows={2} value="" placeholder={HIDDEN_FIELD_TEXT} disabled title="Hidden on screen for this map" />
        ) : (
          <textarea rows={4} value={draft.notes} maxLength={20_000} onChange={(e) => set('notes', e.target.value)} />
        )}
      </label>
      <label className="field">
        <span>Tags (separated by commas)</span>
        <input value={tags} onChange={(e) => setTags(e.target.value)} />
      </label>
    </Group>
  );
}
