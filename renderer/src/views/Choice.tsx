// A drop-down whose value is typed: the options carry the values themselves, and what the user
// picks is looked up in that same list, so a value outside it cannot reach the caller (no
// `e.target.value as T`). Values may be strings, numbers or null; each option's DOM value is its
// text form (null as ""), so the page and its tests see the same values as a plain <select>.
import type { SelectHTMLAttributes } from 'react';

export type ChoiceValue = string | number | null;

export interface ChoiceOption<T extends ChoiceValue> {
  readonly value: T;
  readonly label: string;
}

/** The text a value takes in the DOM. */
export function choiceKey(value: ChoiceValue): string {
  return value === null ? '' : String(value);
}

/** The option the DOM value names, or undefined when none of `options` has it. */
export function optionFor<T extends ChoiceValue>(options: readonly ChoiceOption<T>[], domValue: string): ChoiceOption<T> | undefined {
  return options.find((option) => choiceKey(option.value) === domValue);
}

/** Options from a list of values and a way to name each. */
export function optionsOf<T extends ChoiceValue>(values: readonly T[], label: (value: T) => string): ChoiceOption<T>[] {
  return values.map((value) => ({ value, label: label(value) }));
}

type SelectProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'defaultValue' | 'onChange' | 'children' | 'multiple'>;

export interface ChoiceProps<T extends ChoiceValue> extends SelectProps {
  readonly value: T;
  readonly options: readonly ChoiceOption<T>[];
  readonly onChange: (value: T) => void;
}

export function Choice<T extends ChoiceValue>({ value, options, onChange, ...select }: ChoiceProps<T>) {
  return (
    <select
      {...select}
      value={choiceKey(value)}
      onChange={(event) => {
        const picked = optionFor(options, event.target.value);
        if (picked) onChange(picked.value);
      }}
    >
      {options.map((option) => (
        <option key={choiceKey(option.value)} value={choiceKey(option.value)}>
          {option.label}
        </option>
      ))}
    </select>
  );
}
