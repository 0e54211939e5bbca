// One conflict as the review shows it: the record, the field, "Changed by Ana and Ben", each value
// by whom with its own "Keep this one"; with sensitive fields hidden (or while presenting), a
// conflict on an e-mail or a note shows neither value, not even in a button's name.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { SharedConflict } from '../../../shared/sharing/sharing-contract';
import { ConflictItem } from '../../../renderer/src/views/sharing/ReviewDialog';

function conflict(field: string, a: string, b: string): SharedConflict {
  return { kind: 'two-values', table: 'stakeholders', id: 's-19', label: 'Tomas Ferreira', field, sentence: 'Changed by Ana and Ben', values: [{ text: a, by: 'Ana' }, { text: b, by: 'Ben' }] };
}

function html(c: SharedConflict, hide: boolean): string {
  return renderToStaticMarkup(createElement(ConflictItem, { conflict: c, hide, onSettle: () => undefined }));
}

describe('a conflict in the review', () => {
  it('names the record, the field, who changed it, and offers each value to keep', () => {
    const shown = html(conflict('role', 'Director', 'Chair'), true);
    expect(shown).toContain('<strong>Tomas Ferreira</strong>, role: Changed by Ana and Ben');
    expect(shown).toContain('aria-label="Keep this one: Director by Ana"');
    expect(shown).toContain('aria-label="Keep this one: Chair by Ben"');
  });

  it('shows no e-mail when sensitive fields are hidden, and both when they are not', () => {
    const emails = conflict('email', 'tf@shelter.example', 'tomas@home.example');
    expect(html(emails, true)).not.toMatch(/shelter\.example|home\.example/);
    expect(html(emails, true)).toContain('Keep this one: hidden by Ben');
    expect(html(emails, false)).toContain('tomas@home.example');
  });

  it('offers keep or remove for a person removed while edited', () => {
    const removal: SharedConflict = { kind: 'removed-while-edited', table: 'stakeholders', id: 's-19', label: 'Tomas Ferreira', field: null, sentence: 'Ana removed Tomas Ferreira while it was being edited: keep or remove?', values: [] };
    const shown = html(removal, false);
    expect(shown).toContain('Removed while edited.');
    expect(shown).toContain('Keep Tomas Ferreira');
    expect(shown).toContain('Remove Tomas Ferreira');
  });
});
