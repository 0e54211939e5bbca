// The categories' drop-down the bulk bar and the insights' note share: every category once, by
// its label, the chosen one selected.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { CategorySelect } from '../../../renderer/src/views/CategorySelect';
import { CATEGORIES } from '../../../shared/categories';

describe('CategorySelect', () => {
  it('offers each category by its label, with the value given chosen', () => {
    const html = renderToStaticMarkup(createElement(CategorySelect, { value: 'policymaker', onChange: () => undefined }));
    const options = [...html.matchAll(/<option value="([^"]+)"( selected="")?>([^<]+)<\/option>/g)];
    expect(options.map((o) => [o[1], o[3]])).toEqual(CATEGORIES.map((c) => [c.id, c.label]));
    expect(options.filter((o) => o[2] !== undefined).map((o) => o[1])).toEqual(['policymaker']);
  });
});
