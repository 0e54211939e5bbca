// The stakeholder form's custom field edits: added at the end under a trimmed name, changed in
// place, removed; names the schema refuses (empty, reserved, too long, taken in any case) are
// refused with the reason; a field named "__proto__" already on a record stays an own entry.
import { describe, expect, it } from 'vitest';
import { fieldNameProblem, removeField, setField } from '../../../renderer/src/views/custom-field-edits';
import { stakeholderSchema } from '../../../shared/schema';

describe('custom field edits', () => {
  it('add, change in place and remove, keeping the order', () => {
    const start = { Ward: '3', 'Added by': 'Kim' };
    const added = setField(start, '  Owner ', 'Lee');
    expect(Object.entries(added)).toEqual([['Ward', '3'], ['Added by', 'Kim'], ['Owner', 'Lee']]);
    expect(Object.entries(setField(added, 'Ward', '4'))).toEqual([['Ward', '4'], ['Added by', 'Kim'], ['Owner', 'Lee']]);
    expect(Object.entries(removeField(added, 'Added by'))).toEqual([['Ward', '3'], ['Owner', 'Lee']]);
    expect(start).toEqual({ Ward: '3', 'Added by': 'Kim' });
  });

  it('refuse a name the map could not save, saying why', () => {
    const custom = { Ward: '3' };
    expect(fieldNameProblem(custom, '  ')).toBe('A field needs a name.');
    expect(fieldNameProblem(custom, 'constructor')).toBe('“constructor” cannot name a field.');
    expect(fieldNameProblem(custom, 'ward')).toBe('There is already a field “ward”.');
    expect(fieldNameProblem(custom, 'x'.repeat(201))).toMatch(/at most 200/);
    expect(fieldNameProblem(custom, 'Owner')).toBeNull();
    expect(stakeholderSchema.shape.custom.safeParse(setField(custom, 'Owner', 'Lee')).success).toBe(true);
  });

  it('keep an odd name an own entry', () => {
    const odd = Object.fromEntries([['__proto__', 'x']]) as Record<string, string>;
    const changed = setField(odd, '__proto__', 'y');
    expect(Object.hasOwn(changed, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(changed)).toBe(Object.prototype);
    expect(Object.keys(removeField(changed, '__proto__'))).toEqual([]);
  });
});
