// The typed drop-down: what the user picks is looked up in the option list, so only a listed value
// (with its own type: a number stays a number, "not rated" stays null) ever reaches the caller,
// and the page shows the same option values a plain <select> would. Rendered with React's own
// server renderer; the change handler is driven through the element React would attach it to.
import { createElement, type ChangeEvent, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Choice, choiceKey, optionFor, optionsOf, type ChoiceOption, type ChoiceProps, type ChoiceValue } from '../../../renderer/src/views/Choice';

const TRUST = optionsOf<number | null>([null, 1, 2, 3, 4], (n) => (n === null ? 'Not rated' : `${n} of 4`));
const STAGES: readonly ChoiceOption<'ally' | 'member'>[] = [
  { value: 'ally', label: 'Ally' },
  { value: 'member', label: 'Member' },
];

/** The <select> element the component renders, with its change handler. */
function selectOf<T extends ChoiceValue>(props: ChoiceProps<T>): ReactElement<{ onChange: (event: ChangeEvent<HTMLSelectElement>) => void; value: string }> {
  return Choice(props) as ReactElement<{ onChange: (event: ChangeEvent<HTMLSelectElement>) => void; value: string }>;
}

function pick<T extends ChoiceValue>(props: ChoiceProps<T>, domValue: string): void {
  selectOf(props).props.onChange({ target: { value: domValue } } as ChangeEvent<HTMLSelectElement>);
}

describe('Choice', () => {
  it('renders each option with its value as text, null as the empty value, and the chosen one selected', () => {
    const html = renderToStaticMarkup(createElement(Choice<number | null>, { value: 3, options: TRUST, onChange: () => undefined, 'aria-label': 'Trust' }));
    expect(html).toBe(
      '<select aria-label="Trust">' +
        '<option value="">Not rated</option><option value="1">1 of 4</option><option value="2">2 of 4</option>' +
        '<option value="3" selected="">3 of 4</option><option value="4">4 of 4</option>' +
        '</select>',
    );
    expect(renderToStaticMarkup(createElement(Choice<number | null>, { value: null, options: TRUST, onChange: () => undefined }))).toContain(
      '<option value="" selected="">Not rated</option>',
    );
  });

  it('hands back the listed value with its own type: a number, null, a string', () => {
    const trusts: (number | null)[] = [];
    pick({ value: null, options: TRUST, onChange: (v) => trusts.push(v) }, '2');
    pick({ value: 2, options: TRUST, onChange: (v) => trusts.push(v) }, '');
    expect(trusts).toEqual([2, null]);
    const stages: string[] = [];
    pick({ value: 'ally', options: STAGES, onChange: (v) => stages.push(v) }, 'member');
    expect(stages).toEqual(['member']);
  });

  it('ignores a value that is not in the list rather than passing it on', () => {
    const seen: unknown[] = [];
    pick({ value: 'ally', options: STAGES, onChange: (v) => seen.push(v) }, 'champion');
    pick({ value: 1, options: TRUST, onChange: (v) => seen.push(v) }, '7');
    pick({ value: 1, options: TRUST, onChange: (v) => seen.push(v) }, '1.0');
    expect(seen).toEqual([]);
  });

  it('maps DOM values to options by their text form only', () => {
    expect(choiceKey(null)).toBe('');
    expect(choiceKey(0)).toBe('0');
    expect(optionFor(TRUST, '4')).toEqual({ value: 4, label: '4 of 4' });
    expect(optionFor(TRUST, 'null')).toBeUndefined();
    expect(optionFor(STAGES, 'Ally')).toBeUndefined();
  });
});
