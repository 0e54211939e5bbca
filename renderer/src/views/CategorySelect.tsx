// A drop-down of the five categories, for the places that give many stakeholders one category at
// once (the list's bulk bar, the insights' note on the uncategorized). Its label is the caller's.
import { CATEGORIES, type CategoryId } from '../../../shared/categories';

interface Props {
  readonly value: CategoryId;
  readonly onChange: (category: CategoryId) => void;
}

export function CategorySelect({ value, onChange }: Props) {
  return (
    <select value={value} onChange={(e) => onChange(CATEGORIES.find((c) => c.id === e.target.value)?.id ?? value)}>
      {CATEGORIES.map((c) => (
        <option key={c.id} value={c.id}>
          {c.label}
        </option>
      ))}
    </select>
  );
}
