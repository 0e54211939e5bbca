// The editable fields of a tie: type, strength, and optionally trust and notes.
import type { TieType } from '../../../shared/model';
import { TIE_TYPES } from '../../../shared/schema';
import { TIE_STYLES } from '../graph/tie-styles';
import { HIDDEN_FIELD_TEXT } from '../state/safety/sensitive-fields';
import { useAppState } from '../state/core/use-store';
import { Choice, optionsOf } from './Choice';
import { STRENGTH_LABELS, TRUST_LABELS } from './labels';

export interface TieValues {
  readonly type: TieType;
  readonly strength: number;
  readonly trust: number | null;
  readonly notes: string;
}

const TYPE_OPTIONS = optionsOf<TieType>(TIE_TYPES, (t) => TIE_STYLES[t].label);
const STRENGTH_OPTIONS = optionsOf([1, 2, 3], (n) => `${n} · ${STRENGTH_LABELS[n]}`);
const TRUST_OPTIONS = optionsOf<number | null>([null, 1, 2, 3, 4], (n) => (n === null ? 'Not rated' : `${n} · ${TRUST_LABELS[n]}`));

export const defaultTieValues: TieValues = { type: 'knows', strength: 2, trust: null, notes: '' };

interface Props {
  readonly value: TieValues;
  readonly onChange: (value: TieValues) => void;
  readonly full?: boolean;
}

export function TieFields({ value, onChange, full = false }: Props) {
  // "Hide sensitive fields on screen": tie notes are shown as hidden and not edited (saves keep them).
  const notesHidden = useAppState((s) => s.security.hideSensitive);
  return (
    <div className="tie-fields">
      <label className="field">
        <span>Tie type</span>
        <Choice value={value.type} options={TYPE_OPTIONS} onChange={(type) => onChange({ ...value, type })} />
      </label>
      <label className="field">
        <span>Strength</span>
        <Choice value={value.strength} options={STRENGTH_OPTIONS} onChange={(strength) => onChange({ ...value, strength })} />
      </label>
      {full && (
        <>
          <label className="field">
            <span>Trust</span>
            <Choice value={value.trust} options={TRUST_OPTIONS} onChange={(trust) => onChange({ ...value, trust })} />
          </label>
          <label className="field wide">
            <span>Tie notes</span>
            {notesHidden ? (
              <textarea rows={1} value="" placeholder={HIDDEN_FIELD_TEXT} disabled />
            ) : (
              <textarea rows={2} value={value.notes} maxLength={20_000} onChange={(e) => onChange({ ...value, notes: e.target.value })} />
            )}
          </label>
        </>
      )}
    </div>
  );
}

/** The draft the store's addTie takes. */
export function tieDraft(source: string, target: string, v: TieValues) {
  return { source, target, type: v.type, strength: v.strength, trust: v.trust, notes: v.notes, reportedBy: '', reportedAt: null };
}
