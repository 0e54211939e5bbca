// The lived-experience figure is one rule: the journey's step 3 and Insights' voice balance give the
// same count for a map where the flag and the directly-affected category do not line up (an import
// sets one, a hand edit the other), and the "no open task" signal names only people that figure counts.
import { describe, expect, it } from 'vitest';
import { analyzeMap } from '../../../shared/analysis';
import { livedExperienceFigure, livedExperienceText } from '../../../shared/analysis/lived-experience';
import { updateStakeholder } from '../../../shared/edits';
import { describeSteps } from '../../../shared/journey/step-facts';
import type { MapDocument } from '../../../shared/model';
import { editContext, journeyMap, NOW } from './journey-map';

/** Flag and category set apart on purpose: each of the three people brings lived experience. */
function mixedMap(): MapDocument {
  let map = journeyMap();
  const ctx = editContext();
  const members = map.stakeholders.filter((s) => s.stage === 'member' || s.stage === 'core');
  const outside = map.stakeholders.find((s) => s.stage !== 'member' && s.stage !== 'core')!;
  // Clear everyone first, so the count is only what this test sets.
  for (const s of map.stakeholders) map = updateStakeholder(map, s.id, { livedExperience: false, categories: s.categories.filter((c) => c !== 'directly-affected') }, ctx);
  map = updateStakeholder(map, members[0]!.id, { livedExperience: true }, ctx);
  map = updateStakeholder(map, members[1]!.id, { categories: ['directly-affected'] }, ctx);
  map = updateStakeholder(map, members[2]!.id, { livedExperience: true, categories: ['directly-affected'] }, ctx);
  // Not a member: flagged, but the figure is about members.
  return updateStakeholder(map, outside.id, { livedExperience: true }, ctx);
}

describe('the lived-experience figure', () => {
  it('counts members with the flag or the directly-affected category, each once', () => {
    const map = mixedMap();
    const figure = livedExperienceFigure(map.stakeholders);
    const members = map.stakeholders.filter((s) => s.stage === 'member' || s.stage === 'core').length;
    expect(figure.ids).toHaveLength(3);
    expect(figure.members).toBe(members);
    expect(figure.share).toBeCloseTo(3 / members);
    expect(livedExperienceText(figure)).toBe(`3 of ${members} members (${Math.round((300 / members))}%)`);
  });

  it('reads the same in the journey step as in Insights', () => {
    const map = mixedMap();
    const insights = analyzeMap(map, { includeConfidential: true });
    const step = describeSteps(map, insights, NOW).find((s) => s.id === 'recruit-lived-experience')!;
    const shown = livedExperienceText(insights.voice.livedExperience);
    expect(insights.voice.livedExperience.ids).toEqual(livedExperienceFigure(map.stakeholders).ids);
    expect(step.facts).toContain(`Members with lived experience (flagged, or directly affected): ${shown}.`);
    // No other sentence in the step gives a different lived-experience count.
    expect(step.facts.filter((f) => /lived experience recorded/.test(f))).toEqual([]);
  });

  it('names in the no-task signal only members the figure counts', () => {
    const map = mixedMap();
    const insights = analyzeMap(map, { includeConfidential: true });
    const counted = new Set(insights.voice.livedExperience.ids);
    const step = describeSteps(map, insights, NOW).find((s) => s.id === 'recruit-lived-experience')!;
    const idle = step.facts.find((f) => f.includes('own no open task') || f.includes('owns no open task'));
    const names = map.stakeholders.filter((s) => idle?.includes(s.name)).map((s) => s.id);
    expect(names.length).toBeGreaterThan(0);
    for (const id of names) expect(counted.has(id)).toBe(true);
  });

  it('says so when there are no members at all', () => {
    expect(livedExperienceFigure([])).toEqual({ ids: [], members: 0, share: 0 });
  });
});
