// Merging another organizer's map: the worker reads and checks it and proposes duplicates; the
// user accepts or rejects each; Merge applies everything as one undoable edit and reports counts.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { MergeProposal, MergeSummary } from '../../../../shared/exchange/merge-maps';
import type { ImportFile } from '../../../../shared/ipc';
import type { MapDocument } from '../../../../shared/model';
import { describeMergeSummary } from '../../state/import/import-actions';
import { decide, decisionsFrom, initialAccepted, pairKey, type AcceptedPairs } from '../../state/import/import-merge-review';
import { useActions } from '../../state/core/use-store';
import { ImportStoppedError } from '../../workers/import-client';
import { Dialog } from '../Dialog';
import { CloseRow } from '../CloseRow';
import { FailedStep } from './FailedStep';
import { MergeReview } from './MergeReview';
import { WorkingStep } from './WorkingStep';
import { useCurrentMap, useImportClient } from './use-import-client';

type Step =
  | { readonly kind: 'working'; readonly message: string }
  | { readonly kind: 'review'; readonly incoming: MapDocument; readonly proposal: MergeProposal }
  | { readonly kind: 'done'; readonly summary: MergeSummary }
  | { readonly kind: 'failed'; readonly message: string };

interface Props {
  readonly file: ImportFile;
  readonly onClose: () => void;
}

export function MergeDialog({ file, onClose }: Props) {
  const actions = useActions();
  const currentMap = useCurrentMap();
  const client = useImportClient();
  const [step, setStep] = useState<Step>({ kind: 'working', message: `Reading ${file.fileName}…` });
  const [accepted, setAccepted] = useState<AcceptedPairs>(new Set());

  const read = useCallback(async () => {
    const base = currentMap();
    if (!base) return;
    try {
      const answer = await client.request({ type: 'read', purpose: 'merge', fileName: file.fileName, base64: file.base64, base }, (message) =>
        setStep({ kind: 'working', message }),
      );
      if (answer.type !== 'merge') throw new Error('The worker gave an unexpected answer; nothing was merged.');
      setAccepted(initialAccepted(answer.proposal));
      setStep({ kind: 'review', incoming: answer.incoming, proposal: answer.proposal });
    } catch (error) {
      if (!(error instanceof ImportStoppedError)) setStep({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  }, [client, file, currentMap]);

  useEffect(() => void read(), [read]);

  const cancel = () => {
    client.cancel();
    onClose();
  };

  const merge = async (incoming: MapDocument, proposal: MergeProposal) => {
    setStep({ kind: 'working', message: 'Merging…' });
    const outcome = await actions.applyMerge(incoming, decisionsFrom(accepted, proposal.matches), `${incoming.coalition.name} (${file.fileName})`);
    setStep(outcome.ok ? { kind: 'done', summary: outcome.value } : { kind: 'failed', message: outcome.message });
  };

  return (
    <Dialog title={`Merge ${file.fileName}`} onClose={cancel}>
      <div className="import-flow merge-flow">
        {step.kind === 'working' && <WorkingStep message={step.message} onCancel={cancel} />}
        {step.kind === 'review' && <ReviewStep step={step} accepted={accepted} setAccepted={setAccepted} onMerge={merge} onCancel={cancel} />}
        {step.kind === 'done' && (
          <>
            <p role="status" className="import-summary">
              Merged: {describeMergeSummary(step.summary)}.
            </p>
            <p className="hint">Everything that came in records this map as its source. Undo takes the whole merge back.</p>
            <CloseRow onClose={onClose} primary focus />
          </>
        )}
        {step.kind === 'failed' && <FailedStep message={step.message} nothingWas="merged" onClose={onClose} />}
      </div>
    </Dialog>
  );
}

interface ReviewProps {
  readonly step: Extract<Step, { kind: 'review' }>;
  readonly accepted: AcceptedPairs;
  readonly setAccepted: (next: AcceptedPairs) => void;
  readonly onMerge: (incoming: MapDocument, proposal: MergeProposal) => Promise<void>;
  readonly onCancel: () => void;
}

function ReviewStep({ step, accepted, setAccepted, onMerge, onCancel }: ReviewProps) {
  const { incoming, proposal } = step;
  const currentMap = useCurrentMap();
  const base = useMemo(() => new Map((currentMap()?.stakeholders ?? []).map((s) => [s.id, s])), [currentMap]);
  const arriving = useMemo(() => new Map(incoming.stakeholders.map((s) => [s.id, s])), [incoming]);
  const ambiguous = useMemo(() => new Set(proposal.ambiguous.map(pairKey)), [proposal]);
  const exact = proposal.matches.filter((m) => m.strength === 'exact').length;
  const acceptedCount = proposal.matches.filter((m) => accepted.has(pairKey(m))).length;
  return (
    <>
      <p>
        “{incoming.coalition.name}” has {incoming.stakeholders.length} stakeholders and {incoming.ties.length} ties.{' '}
        {proposal.matches.length === 0
          ? ''
          : `${proposal.matches.length} may already be on your map (${exact} exact, ${proposal.matches.length - exact} near). Exact matches start accepted and near ones rejected; change any of them below.`}
      </p>
      <MergeReview
        matches={proposal.matches}
        accepted={accepted}
        ambiguous={ambiguous}
        base={base}
        incoming={arriving}
        onDecide={(match, accept) => setAccepted(decide(accepted, proposal.matches, match, accept))}
      />
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="button" className="primary" onClick={() => void onMerge(incoming, proposal)}>
          Merge ({acceptedCount} {acceptedCount === 1 ? 'pair' : 'pairs'} as one)
        </button>
      </div>
    </>
  );
}
