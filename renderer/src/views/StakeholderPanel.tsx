// The side panel: a blank form to add a stakeholder, or the selected one with its ties.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { MapDocument, Stakeholder } from '../../../shared/model';
import { ERASED_NOTICE } from '../state/safety/secure-delete';
import { organizationsOf } from '../../../shared/search/match';
import { isPlaceholder } from '../../../shared/sync/placeholders';
import { panelDraftOf } from '../state/core/drafts';
import { blankDraft } from '../state/core/stakeholder-edits';
import { useActions, useAppState } from '../state/core/use-store';
import { AddTieForm } from './AddTieForm';
import { hiddenFieldsOf } from '../state/safety/sensitive-fields';
import { DeleteStakeholderDialog } from './DeleteStakeholderDialog';
import { MergeStakeholderDialog } from './MergeStakeholderDialog';
import { NewStakeholderPanel } from './NewStakeholderPanel';
import { SharePersonButton } from './sharing/SharePersonButton';
import { StakeholderForm } from './StakeholderForm';
import { TieRow } from './TieRow';

function Ties({ map, self }: { readonly map: MapDocument; readonly self: Stakeholder }) {
  const ties = useMemo(() => map.ties.filter((t) => t.source === self.id || t.target === self.id), [map.ties, self.id]);
  const byId = useMemo(() => new Map(map.stakeholders.map((s) => [s.id, s])), [map.stakeholders]);
  const orgs = useMemo(() => organizationsOf(map), [map]);
  return (
    <section className="panel-section" aria-labelledby="ties-heading">
      <h3 id="ties-heading">Ties ({ties.length})</h3>
      {ties.length === 0 ? (
        <p className="hint">No ties yet.</p>
      ) : (
        <ul className="tie-list" aria-label={`Ties of ${self.name}`}>
          {ties.map((t) => (
            <TieRow key={t.id} tie={t} self={self} other={byId.get(t.source === self.id ? t.target : t.source)} />
          ))}
        </ul>
      )}
      <details className="add-tie-box">
        <summary>Add a tie</summary>
        <AddTieForm self={self} everyone={map.stakeholders} orgs={orgs} />
      </details>
    </section>
  );
}

/** The selected stakeholder's details, starting from any draft kept of them (sensitive fields hidden when asked). */
function SelectedForm({ map, self }: { readonly map: MapDocument; readonly self: Stakeholder }) {
  const actions = useActions();
  const hideSensitive = useAppState((s) => s.security.hideSensitive);
  const kept = useAppState((s) => s.drafts.stakeholders[self.id]);
  const isAnchor = map.coalition.anchorId === self.id;
  const saved = useMemo(() => panelDraftOf(self, blankDraft(), isAnchor), [self, isAnchor]);
  return (
    <StakeholderForm
      key={`${self.id}:${self.updatedAt}:${map.coalition.anchorId ?? ''}`}
      formLabel={`Details of ${self.name}`}
      initial={kept ?? saved}
      saved={saved}
      onChange={(entry) => actions.keepStakeholderDraft(self.id, entry)}
      catalog={map.coalition.serviceCatalog}
      onSave={(draft, anchor) => actions.saveStakeholder(self.id, draft, anchor).then((id) => id !== null && actions.dropStakeholderDraft(self.id))}
      onCancel={() => actions.dropStakeholderDraft(self.id)}
      onDiscard={() => actions.dropStakeholderDraft(self.id)}
      {...(hideSensitive ? { hiddenFields: hiddenFieldsOf(self.kind) } : {})}
    />
  );
}

function Selected({ map, self }: { readonly map: MapDocument; readonly self: Stakeholder }) {
  const actions = useActions();
  const [confirming, setConfirming] = useState(false);
  const [merging, setMerging] = useState(false);
  // Another organizer's placeholder for one of their confidential people (shared/sync/placeholders.ts) is theirs to change.
  const heldElsewhere = isPlaceholder(self);
  const editLocked = useAppState((s) => s.security.presenting && self.confidential) || heldElsewhere;
  const tieCount = map.ties.filter((t) => t.source === self.id || t.target === self.id).length;
  return (
    <>
      <div className="panel-head">
        <h2>{self.name}</h2>
        <button type="button" className="ghost" onClick={actions.closePanel} aria-label="Close the panel">
          ×
        </button>
      </div>
      {editLocked ? (
        <p className="hint presenting-note">
          {heldElsewhere
            ? 'Another organizer holds this confidential person on their own computer; the shared map counts them by category and stage only, and only that organizer can change them.'
            : "Presentation mode is on: this confidential stakeholder's details are hidden and cannot be edited."}
        </p>
      ) : (
        <SelectedForm map={map} self={self} />
      )}
      <Ties map={map} self={self} />
      <div className="panel-section">
        {!editLocked && (
          <button type="button" onClick={() => setMerging(true)}>
            Merge with…
          </button>
        )}{' '}
        {!editLocked && <SharePersonButton self={self} />}
        <button
          type="button"
          className="danger"
          disabled={editLocked}
          title={heldElsewhere ? 'Only the organizer who holds this person can remove them.' : editLocked ? 'Not while presenting: this is a confidential stakeholder.' : undefined}
          onClick={() => setConfirming(true)}
        >
          Delete stakeholder
        </button>
      </div>
      {merging && (
        <MergeStakeholderDialog
          self={self}
          everyone={map.stakeholders}
          onCancel={() => setMerging(false)}
          onConfirm={(dropId) => {
            setMerging(false);
            void actions.mergeTwoStakeholders(self.id, dropId);
          }}
        />
      )}
      {confirming && (
        <DeleteStakeholderDialog
          map={map}
          self={self}
          tieCount={tieCount}
          onCancel={() => setConfirming(false)}
          onConfirm={(eraseHistory, spellings) => {
            setConfirming(false);
            void actions.removeStakeholder(self.id, { eraseHistory, spellings }).then((ok) => {
              if (!ok) return;
              // After an erase no notice may name them, and undo has nothing to bring back.
              if (eraseHistory) actions.notify('info', ERASED_NOTICE);
              else actions.notifyUndoable('info', `Deleted ${self.name}. Undo brings them back.`);
            });
          }}
        />
      )}
    </>
  );
}

export function StakeholderPanel() {
  const map = useAppState((s) => s.map);
  const panel = useAppState((s) => s.panel);
  const selection = useAppState((s) => s.selection);
  const asideRef = useRef<HTMLElement>(null);
  // Another record (or the blank form) starts at its top, not at the last one's scroll position.
  useEffect(() => {
    asideRef.current?.scrollTo({ top: 0 });
  }, [selection, panel]);
  if (!map) return null;
  const self = selection ? map.stakeholders.find((s) => s.id === selection) : undefined;
  return (
    <aside ref={asideRef} className="side-panel" aria-label="Stakeholder panel">
      {panel === 'adding' && <NewStakeholderPanel map={map} />}
      {panel === 'selected' && self && <Selected map={map} self={self} />}
      {(panel === 'closed' || (panel === 'selected' && !self)) && (
        <div className="panel-empty">
          <h2>Stakeholders</h2>
          <p>Select someone on the map or in the list to see and edit their details and ties.</p>
          <p>Or add someone new with “Add stakeholder”.</p>
        </div>
      )}
    </aside>
  );
}
