// Before attendance is saved: the stage moves it suggests, each to confirm or leave, and the offer
// of co-attendance ties. Nothing changes until "Save attendance" here.
import { useState } from 'react';
import type { MapDocument, Stage } from '../../../../shared/model';
import { toggleId, type AttendanceProposal } from '../../state/journey/journey-attendance';

const STAGE_WORDS: Readonly<Record<Stage, string>> = {
  mapped: 'mapped',
  'to-contact': 'to contact',
  contacted: 'contacted',
  member: 'member',
  core: 'core',
  declined: 'declined',
};

interface Props {
  readonly map: MapDocument;
  readonly proposal: AttendanceProposal;
  readonly onConfirm: (moveIds: string[], addTies: boolean) => void;
  readonly onBack: () => void;
}

export function AttendanceConfirm({ map, proposal, onConfirm, onBack }: Props) {
  const [moveIds, setMoveIds] = useState(() => proposal.moves.map((m) => m.id));
  const [addTies, setAddTies] = useState(false);
  const names = new Map(map.stakeholders.map((s) => [s.id, s.name]));
  return (
    <section className="journey-confirm" role="region" aria-label="Confirm what attendance changes">
      <h4>Coming to the meeting suggests these changes</h4>
      {proposal.moves.length === 0 ? (
        <p>Everyone who came is already a member or further along.</p>
      ) : (
        <fieldset>
          <legend>Move to “member” (untick anyone who should stay where they are)</legend>
          {proposal.moves.map((m) => (
            <label key={m.id} className="journey-check">
              <input type="checkbox" checked={moveIds.includes(m.id)} onChange={(e) => setMoveIds(toggleId(moveIds, m.id, e.target.checked))} />
              {names.get(m.id) ?? m.id}: {STAGE_WORDS[m.from]} → member
            </label>
          ))}
        </fieldset>
      )}
      {proposal.possibleTies > 0 && (
        <label className="journey-check">
          <input type="checkbox" checked={addTies} onChange={(e) => setAddTies(e.target.checked)} />
          Add {proposal.possibleTies} “knows” {proposal.possibleTies === 1 ? 'tie' : 'ties'} between attendees who had no tie yet
        </label>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onBack}>
          Back
        </button>
        <button type="button" className="primary" onClick={() => onConfirm(moveIds, addTies)}>
          Save attendance
        </button>
      </div>
    </section>
  );
}
