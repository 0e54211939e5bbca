// A restricted record's name on the remover's device after "Remove…": a record named after the
// organizer it was first shared with no longer carries the name of someone removed from it.
import { describe, expect, it } from 'vitest';
import { labelWithout } from '../../../electron/main/sync/restricted-rotation';

describe('labelWithout', () => {
  it('names the record after who stays when it was named after the removed organizer', () => {
    expect(labelWithout('Shared with Ben', ['Ben'], ['Carol'])).toBe('Shared with Carol');
    expect(labelWithout('Shared with Ben', ['Ben'], ['Carol', 'Dana'])).toBe('Shared with Carol, Dana');
    expect(labelWithout('Shared with Ben', ['Ben'], [])).toBe('Shared with nobody else now');
  });

  it('keeps any other name', () => {
    expect(labelWithout('Shared with Ben', ['Carol'], ['Ben'])).toBe('Shared with Ben');
    expect(labelWithout('Shared with you', ['Carol'], ['Ana'])).toBe('Shared with you');
    expect(labelWithout('Shared with Benedict', ['Ben'], ['Carol'])).toBe('Shared with Benedict');
  });
});
