import type { ElementDefinition } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { categoryInfo, UNCATEGORIZED_COLOUR } from '../../../shared/categories';
import { noFilters } from '../../../renderer/src/state/core/app-state';
import { buildElements } from '../../../renderer/src/graph/elements';
import { diffElements, indexElements } from '../../../renderer/src/graph/diff';
import { matchesFilters } from '../../../renderer/src/graph/filters';
import { buildStylesheet } from '../../../renderer/src/graph/stylesheet';
import { setPositions } from '../../../renderer/src/state/core/stakeholder-edits';
import { smallMap } from './map-fixture';

const byId = (elements: ElementDefinition[], id: string) => {
  const found = elements.find((e) => e.data.id === id);
  if (!found) throw new Error(`no element ${id}`);
  return found;
};
const classesOf = (e: ElementDefinition) => String(e.classes).split(' ');

describe('graph elements', () => {
  const map = smallMap();

  it('colours a node by its categories, with one equal pie slice per category', () => {
    const elements = buildElements({ map, filters: noFilters, selection: null });
    const maria = byId(elements, 's1');
    expect(maria.data.pie1Colour).toBe(categoryInfo('directly-affected').colour);
    expect(maria.data.pie2Colour).toBe(categoryInfo('influential').colour);
    expect([maria.data.pie1Size, maria.data.pie2Size, maria.data.pie3Size]).toEqual([50, 50, 0]);
    const unsorted = byId(elements, 's4');
    expect(unsorted.data.colour).toBe(UNCATEGORIZED_COLOUR);
    expect(classesOf(unsorted)).toContain('uncategorized');
  });

  it('marks kind, anchor and confidentiality as classes and keeps stored positions', () => {
    const elements = buildElements({ map, filters: noFilters, selection: null });
    expect(classesOf(byId(elements, 's1'))).toEqual(expect.arrayContaining(['person', 'confidential']));
    expect(classesOf(byId(elements, 's2'))).toEqual(expect.arrayContaining(['organization', 'anchor']));
    expect(byId(elements, 's2').position).toEqual({ x: 100, y: 0 });
    expect(byId(elements, 's4').position).toBeUndefined();
  });

  it('gives ties their type, direction and conflict classes', () => {
    const elements = buildElements({ map, filters: noFilters, selection: null });
    const edges = elements.filter((e) => e.group === 'edges');
    expect(edges.map((e) => e.classes)).toEqual(['knows', 'refers-to directed', 'conflict']);
  });

  it('highlights the selection and its neighbours and dims the rest', () => {
    const elements = buildElements({ map, filters: noFilters, selection: 's2' });
    expect(classesOf(byId(elements, 's2'))).toContain('chosen');
    expect(classesOf(byId(elements, 's1'))).toContain('neighbour');
    expect(classesOf(byId(elements, 's4'))).toContain('faded');
    const conflict = elements.find((e) => e.data.type === 'conflict');
    expect(conflict && classesOf(conflict)).toContain('faded');
  });

  it('hides filtered-out stakeholders and the ties that touch them', () => {
    const filters = { ...noFilters, categories: ['service-provider' as const, 'policymaker' as const] };
    const elements = buildElements({ map, filters, selection: null });
    expect(classesOf(byId(elements, 's1'))).toContain('hidden');
    expect(classesOf(byId(elements, 's2'))).not.toContain('hidden');
    const knows = elements.find((e) => e.data.type === 'knows');
    expect(knows && classesOf(knows)).toContain('hidden');
    const refers = elements.find((e) => e.data.type === 'refers-to');
    expect(refers && classesOf(refers)).not.toContain('hidden');
  });
});

describe('filters', () => {
  const [maria, haven, ortiz, unsorted] = smallMap().stakeholders;
  it('filters by category (including uncategorized), stage and text', () => {
    if (!maria || !haven || !ortiz || !unsorted) throw new Error('fixture changed');
    expect(matchesFilters(unsorted, { ...noFilters, categories: ['uncategorized'] }, { text: true })).toBe(true);
    expect(matchesFilters(maria, { ...noFilters, categories: ['uncategorized'] }, { text: true })).toBe(false);
    expect(matchesFilters(ortiz, { ...noFilters, stages: ['to-contact'] }, { text: true })).toBe(true);
    expect(matchesFilters(haven, { ...noFilters, stages: ['to-contact'] }, { text: true })).toBe(false);
    expect(matchesFilters(unsorted, { ...noFilters, text: 'LIBRAR' }, { text: true })).toBe(true);
    expect(matchesFilters(haven, { ...noFilters, text: 'library' }, { text: true })).toBe(false);
    expect(matchesFilters(haven, { ...noFilters, text: 'library' }, { text: false })).toBe(true);
  });
});

describe('element diff', () => {
  it('finds added, removed, changed and moved elements', () => {
    const map = smallMap();
    const before = buildElements({ map, filters: noFilters, selection: null });
    const edited = setPositions({ ...map, ties: map.ties.slice(1) }, new Map([['s3', { x: 5, y: 5 }]]));
    const after = buildElements({ map: edited, filters: noFilters, selection: 's1' });
    const diff = diffElements(indexElements(before), after);
    expect(diff.removed).toEqual([map.ties[0]?.id]);
    expect(diff.added).toEqual([]);
    expect(diff.moved.map((e) => e.data.id)).toEqual(['s3']);
    expect(diff.changed.map((e) => e.data.id)).toEqual(expect.arrayContaining(['s1', 's2', 's3', 's4']));
  });

  it('reports nothing when nothing changed', () => {
    const elements = buildElements({ map: smallMap(), filters: noFilters, selection: null });
    expect(diffElements(indexElements(elements), buildElements({ map: smallMap(), filters: noFilters, selection: null }))).toEqual({
      added: [],
      removed: [],
      changed: [],
      moved: [],
    });
  });
});

describe('stylesheet', () => {
  const rule = (selector: string) => buildStylesheet().find((r) => 'selector' in r && r.selector === selector);
  it('draws conflict ties red and dashed, directed ties with arrows, and shapes by kind', () => {
    expect(rule('edge.conflict')).toMatchObject({ style: { 'line-style': 'dashed', 'line-color': '#C62828' } });
    expect(rule('edge.directed')).toMatchObject({ style: { 'target-arrow-shape': 'triangle' } });
    expect(rule('node.person')).toMatchObject({ style: { shape: 'ellipse' } });
    expect(rule('node.organization')).toMatchObject({ style: { shape: 'round-rectangle' } });
    expect(rule('.hidden')).toMatchObject({ style: { display: 'none' } });
    expect(rule('node')).toMatchObject({ style: { 'pie-1-background-color': 'data(pie1Colour)', 'pie-5-background-size': 'data(pie5Size)' } });
  });
});
