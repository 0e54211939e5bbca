// The brief carries the goals' status and the latest evaluation (rendered for real with React's
// server renderer: the same component the printed brief shows).
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { addEvaluation, addResponse } from '../../../shared/journey/evaluation';
import { addGoal } from '../../../shared/journey/goals';
import { BriefPractice } from '../../../renderer/src/views/brief/BriefPractice';
import { editContext, journeyMap } from '../journey/journey-map';

describe('the brief\u2019s goals and evaluation', () => {
  it('shows each goal with its status and outcome, and the latest round', () => {
    let map = addGoal(journeyMap(), { title: 'One referral form', status: 'achieved', outcome: 'In use since May.', funderIds: [], resources: '' }).map;
    map = addGoal(map, { title: 'Housing budget line', status: 'in-progress', outcome: '', funderIds: [], resources: '' }).map;
    const round = addEvaluation(map, { heldOn: '2026-02-01', label: 'Winter check' }, editContext('e'));
    map = addResponse(round.map, round.id, { 'q-voice': 2 });
    const html = renderToStaticMarkup(createElement(BriefPractice, { map }));
    expect(html).toContain('<strong>Achieved:</strong> One referral form — In use since May.');
    expect(html).toContain('<strong>In progress:</strong> Housing budget line');
    expect(html).toContain('Winter check of 2026-02-01: 1 form returned (kept without names).');
    expect(html).toContain('How we work: 2.0 of 5.');
  });

  it('says when there are no goals and no evaluation yet', () => {
    const html = renderToStaticMarkup(createElement(BriefPractice, { map: journeyMap() }));
    expect(html).toContain('No goals written down yet.');
    expect(html).toContain('No evaluation round yet');
  });
});
