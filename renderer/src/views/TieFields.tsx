// The editable fields of a tie: type, strength, and optionally trust and notes.
import type { TieType } from '../../../shared/model';
import { TIE_TYPES } from '../../../shared/schema';
import { TIE_STYLES } from '../graph/tie-styles';
import { HIDDEN_FIELD_TEXT } from '../state/sensitive-fields';
import { useAppState } from '../state/use-store';
import { STRENGTH_LABELS, TRUST_LABELS } from './labels';

export interface TieValues {
  readonly type: TieType;
  readonly strength: number;
  readonly trust: number | null;
  readonly notes: string;
}

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
        <select value={value.type} onChange={(e) => onChange({ ...value, type: e.target.value as TieType })}>
          {TIE_TYPES.map((t) => (
            <option key={t} value={t}>
              {TIE_STYLES[t].label}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>Strength</span>
        <select value={value.strength} onChange={(e) => onChange({ ...value, strength: Number(e.target.value) })}>
          {[1, 2, 3].map((n) => (
            <option key={n} value={n}>
              {n} · {STRENGTH_LABELS[n]}
            </option>
          ))}
        </select>
      </label>
      {full && (
        <>
          <label className="field">
            <span>Trust</span>
            <select
              value={value.trust ?? ''}
              onChange={(e) => onChange({ ...value, trust: e.target.value === '' ? null : Number(e.target.value) })}
            >
              <option value="">Not rated</option>
              {[1, 2, 3, 4].map((n) => (
                <option key={n} value={n}>
                  {n} · {TRUST_LABELS[n]}
                </option>
              ))}
            </select>
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
