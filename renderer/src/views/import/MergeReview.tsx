// Each proposed duplicate side by side: the record on this map as the map shows it, the incoming
// one (confidential ones unnamed), why they look alike, and Accept / Reject. Exact matches start
// accepted; near ones start rejected and never merge unless the user accepts them.
import type { DuplicateMatch } from '../../../../shared/exchange/dedupe';
import type { Stakeholder } from '../../../../shared/model';
import { incomingDisplay, pairKey, type AcceptedPairs } from '../../state/import/import-merge-review';
import { RecordCard } from './RecordCard';

interface Props {
  readonly matches: readonly DuplicateMatch[];
  readonly accepted: AcceptedPairs;
  readonly ambiguous: ReadonlySet<string>;
  readonly base: ReadonlyMap<string, Stakeholder>;
  readonly incoming: ReadonlyMap<string, Stakeholder>;
  readonly onDecide: (match: DuplicateMatch, accept: boolean) => void;
}

export function MergeReview({ matches, accepted, ambiguous, base, incoming, onDecide }: Props) {
  if (matches.length === 0) return <p>No stakeholder of the incoming map looks like one already on yours: everything will be added.</p>;
  return (
    <ol className="merge-matches">
      {matches.map((match, index) => {
        const onMap = base.get(match.baseId);
        const arriving = incoming.get(match.incomingId);
        if (!onMap || !arriving) return null;
        const isAccepted = accepted.has(pairKey(match));
        const shown = incomingDisplay(arriving);
        const label = `match ${index + 1}`;
        return (
          <li key={pairKey(match)} className={`merge-match ${isAccepted ? 'accepted' : 'rejected'}`} aria-label={label}>
            <div className="merge-match-head">
              <span className={`badge ${match.strength === 'exact' ? '' : 'badge-quiet'}`}>{match.strength === 'exact' ? 'Exact match' : 'Near match'}</span>
              <span className="merge-reasons">
                {match.reasons.join('; ')}
                {ambiguous.has(pairKey(match)) ? '; it also matches another stakeholder on your map' : ''}
              </span>
            </div>
            <div className="merge-pair">
              <RecordCard title="On your map" stakeholder={onMap} name={onMap.name} hidden={false} />
              <RecordCard title="Incoming" stakeholder={arriving} name={shown.name} hidden={shown.hidden} />
            </div>
            <div className="segmented merge-decision" role="group" aria-label={`Decision for ${label}`}>
              <button type="button" aria-pressed={isAccepted} onClick={() => onDecide(match, true)}>
                Accept: same stakeholder
              </button>
              <button type="button" aria-pressed={!isAccepted} onClick={() => onDecide(match, false)}>
                Reject: keep both
              </button>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
