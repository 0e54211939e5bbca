import { describe, expect, it } from 'vitest';
import { focusReturn } from '../../../renderer/src/graph/focus-return';

interface View {
  readonly zoom: number;
  readonly x: number;
}

describe('focusReturn: the view before a focus comes back when it ends', () => {
  const before: View = { zoom: 0.5, x: 10 };
  const focused: View = { zoom: 1.4, x: -300 };
  const wider: View = { zoom: 1, x: -120 };

  it('remembers the view a focus starts from, and moves nowhere yet', () => {
    expect(focusReturn<View>(null, true, before)).toEqual({ saved: before, restore: null });
  });

  it('keeps the first view while one focus follows another (1 step, then 2 steps)', () => {
    expect(focusReturn<View>(before, true, focused)).toEqual({ saved: before, restore: null });
  });

  it('hands the first view back once when the focus ends, whatever the focus did meanwhile', () => {
    const started = focusReturn<View>(null, true, before);
    const widened = focusReturn<View>(started.saved, true, focused);
    const left = focusReturn<View>(widened.saved, false, wider);
    expect(left).toEqual({ saved: null, restore: before });
    // Nothing more to hand back afterwards: a later change of view is the person's own.
    expect(focusReturn<View>(left.saved, false, wider)).toEqual({ saved: null, restore: null });
  });
});
