// The panel's blank form for a new stakeholder. Focus goes into Name when it opens and, once the
// stakeholder is saved, back to what opened the form ("Add stakeholder"), so the keyboard user can
// add the next one at once instead of starting again from the top of the page.
import { useMemo, useState } from 'react';
import type { MapDocument } from '../../../shared/model';
import { NEW_DRAFT, panelDraftOf } from '../state/core/drafts';
import { blankDraft } from '../state/core/stakeholder-edits';
import { useActions, useAppState } from '../state/core/use-store';
import { StakeholderForm } from './StakeholderForm';

/** What had the focus as the form opened (read while rendering, before the form moves it to Name). */
function useOpener(): HTMLElement | null {
  const [opener] = useState(() => (document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null));
  return opener;
}

export function NewStakeholderPanel({ map }: { readonly map: MapDocument }) {
  const actions = useActions();
  const keptNew = useAppState((s) => s.drafts.stakeholders[NEW_DRAFT]);
  const blankNew = useMemo(() => panelDraftOf(null, blankDraft(), false), []);
  const opener = useOpener();
  return (
    <>
      <div className="panel-head">
        <h2>New stakeholder</h2>
      </div>
      <StakeholderForm
        formLabel="New stakeholder"
        focusFirst
        initial={keptNew ?? blankNew}
        saved={blankNew}
        onChange={(entry) => actions.keepStakeholderDraft(NEW_DRAFT, entry)}
        catalog={map.coalition.serviceCatalog}
        onSave={(draft, anchor) =>
          actions.saveStakeholder(null, draft, anchor).then((id) => {
            if (id === null) return false;
            actions.dropStakeholderDraft(NEW_DRAFT);
            if (opener?.isConnected) opener.focus();
            return true;
          })
        }
        onDiscard={() => actions.dropStakeholderDraft(NEW_DRAFT)}
        onCancel={() => {
          actions.dropStakeholderDraft(NEW_DRAFT);
          actions.closePanel();
          if (opener?.isConnected) opener.focus();
        }}
      />
    </>
  );
}
