// Presentation mode's derivation on the real sample: no confidential name or detail survives
// anywhere in the displayed state, placeholders match the analysis, and the real state is untouched.
import { describe, expect, it } from 'vitest';
import { analyzeMap } from '../../../shared/analysis';
import { sampleCoalition } from '../../../shared/sample';
import { initialState, type AppState } from '../../../renderer/src/state/core/app-state';
import { createScrub, isEditLocked, presentMap } from '../../../renderer/src/state/safety/presentation';
import { displayState } from '../../../renderer/src/state/safety/presentation-state';

const map = sampleCoalition({ now: '2025-04-02T12:00:00.000Z' });
const confidential = map.stakeholders.filter((s) => s.confidential);

describe('presentation mode', () => {
  it('the sample has confidential people to hide', () => {
    expect(confidential.length).toBe(3);
  });

  it('shows confidential stakeholders under the analysis placeholders, details blanked, ids kept', () => {
    const shown = presentMap(map);
    const insights = analyzeMap(map, { includeConfidential: false });
    const text = JSON.stringify(shown);
    for (const s of confidential) {
      expect(text).not.toContain(s.name);
      const placeholder = shown.stakeholders.find((p) => p.id === s.id);
      expect(placeholder).toMatchObject({ name: expect.stringMatching(/^Confidential stakeholder \d$/), email: '', phone: '', notes: '', role: '' });
    }
    // The analysis numbers the same people the same way.
    expect(JSON.stringify(analyzeMap(shown, { includeConfidential: true }).warnings)).toBe(JSON.stringify(insights.warnings));
    expect(shown.stakeholders.map((s) => s.id)).toEqual(map.stakeholders.map((s) => s.id));
  });

  it('scrubs a hidden person’s first name said alone (minutes, notes) as a whole word, and paths in notices', () => {
    const maria = confidential.find((s) => s.name === 'Maria T.');
    if (!maria) throw new Error('the sample lost Maria T.');
    const scrub = createScrub(map);
    expect(scrub('Maria spoke first; MARIA’s point stood. Mariana took notes.')).toBe(
      'Confidential stakeholder 1 spoke first; Confidential stakeholder 1’s point stood. Mariana took notes.',
    );
    const presenting: AppState = {
      ...initialState,
      phase: 'ready',
      map,
      notices: [{ id: 1, level: 'info', message: 'Saved the sign-in sheet as /home/amira/Desktop/harlow-sign-in.pdf.' }],
      security: { ...initialState.security, presenting: true },
    };
    expect(displayState(presenting).notices[0]?.message).toBe('Saved the sign-in sheet as harlow-sign-in.pdf.');
    expect(displayState({ ...presenting, security: initialState.security }).notices[0]?.message).toContain('/home/amira/Desktop/');
  });

  it('scrubs names out of any free text, longest first, case-insensitively', () => {
    const [first] = confidential;
    if (!first) throw new Error('no confidential stakeholder');
    const scrub = createScrub(map);
    const sentence = scrub({ reason: `Only ${first.name.toUpperCase()} links these groups`, list: [first.name] });
    expect(JSON.stringify(sentence)).not.toContain(first.name.toUpperCase());
    expect(sentence.reason).toMatch(/Confidential stakeholder 1/);
  });

  it('displayState redacts map, insights and notices only while presenting, and is stable for React', () => {
    const insights = analyzeMap(map, { includeConfidential: true });
    const state: AppState = {
      ...initialState,
      phase: 'ready',
      map,
      notices: [{ id: 1, level: 'info', message: `Deleted ${confidential[0]?.name ?? ''}.` }],
      insights: { ...initialState.insights, analysis: { requested: 1, result: { seq: 1, insights }, failure: null } },
      security: { ...initialState.security, presenting: true },
    };
    const shown = displayState(state);
    expect(displayState(state)).toBe(shown);
    const text = JSON.stringify({ map: shown.map, insights: shown.insights, notices: shown.notices });
    for (const s of confidential) expect(text).not.toContain(s.name);
    expect(displayState({ ...state, security: { ...state.security, presenting: false } }).map).toBe(map);
    expect(state.map).toBe(map);
  });

  it('locks editing of confidential details only while presenting', () => {
    const id = confidential[0]?.id ?? null;
    expect(isEditLocked(map, id, true)).toBe(true);
    expect(isEditLocked(map, id, false)).toBe(false);
    expect(isEditLocked(map, map.stakeholders.find((s) => !s.confidential)?.id ?? null, true)).toBe(false);
  });
});
