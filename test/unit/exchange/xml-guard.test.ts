import { afterEach, describe, expect, it } from 'vitest';
import { ImportError } from '../../../shared/exchange/import-error';
import { DEFAULT_IMPORT_LIMITS } from '../../../shared/exchange/imported-graph';
import { readGraphFile } from '../../../shared/exchange/read-graph-file';
import { guardXml } from '../../../shared/exchange/xml-guard';
import { fixtureBytes } from './fixture-paths';

function refusal(run: () => unknown): ImportError {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('expected the import to be refused');
}

const limits = DEFAULT_IMPORT_LIMITS;

afterEach(() => {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

describe('hostile XML is refused before parsing, naming the file and the line', () => {
  it.each([
    ['billion-laughs.gexf', 2, /DOCTYPE/],
    ['external-entity.graphml', 2, /DOCTYPE/],
    ['parameter-entity.gexf', 2, /DOCTYPE/],
    ['xinclude.graphml', 5, /XInclude/],
    ['xinclude-renamed-prefix.gexf', 2, /XInclude namespace/],
  ])('%s', (name, line, reason) => {
    const error = refusal(() => readGraphFile(fixtureBytes(name), name));
    expect(error.message).toContain(`${name}, line ${line}:`);
    expect(error.message).toMatch(reason);
  });

  it('refuses an entity declaration even without a DOCTYPE keyword in upper case', () => {
    const error = refusal(() => guardXml('<a>\n<!entity x "y"></a>', 'odd.graphml', limits));
    expect(error.message).toBe('odd.graphml, line 2: refused before parsing: the file contains an entity declaration (<!ENTITY)');
  });

  it('refuses 100,000-deep nesting quickly, with the depth limit and the element', () => {
    const deep = '<graphml>' + '<a>'.repeat(100_000) + '</a>'.repeat(100_000) + '</graphml>';
    const started = performance.now();
    const error = refusal(() => guardXml(deep, 'deep.graphml', limits));
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(error.message).toBe(`deep.graphml, line 1: elements are nested more than ${limits.maxDepth} deep (at <a>)`);
  });

  it('refuses a huge attribute value and names the attribute, element and line', () => {
    const huge = `<gexf>\n<graph>\n<nodes><node id="a" label="${'x'.repeat(5_000_000)}"/></nodes></graph></gexf>`;
    const error = refusal(() => readGraphFile(new TextEncoder().encode(huge), 'huge.gexf'));
    expect(error.message).toBe(`huge.gexf, line 3: attribute "label" of <node> is 5000000 characters long (limit ${limits.maxValueLength})`);
  });

  it('refuses a million character references in one text value (no expansion work is done)', () => {
    const refs = `<graphml><graph><node id="a"><data key="l">${'&#65;'.repeat(1_000_000)}</data></node></graph></graphml>`;
    const error = refusal(() => guardXml(refs, 'refs.graphml', limits));
    expect(error.message).toMatch(/^refs\.graphml, line 1: a text value is 5000000 characters long/);
  });

  it('refuses more nodes or edges than the limits allow', () => {
    const small = { ...limits, maxNodes: 2, maxEdges: 1 };
    const nodes = '<gexf><graph><nodes>\n<node id="1"/>\n<node id="2"/>\n<node id="3"/></nodes></graph></gexf>';
    expect(refusal(() => guardXml(nodes, 'n.gexf', small)).message).toBe('n.gexf, line 4: more than 2 nodes (the import limit)');
    const edges = '<graphml><graph><edge source="1" target="2"/><y:edge source="2" target="1"/></graph></graphml>';
    expect(refusal(() => guardXml(edges, 'e.graphml', small)).message).toBe('e.graphml, line 1: more than 1 edges (the import limit)');
  });

  it('refuses a file over the byte limit before decoding it', () => {
    const error = refusal(() => readGraphFile(new Uint8Array(2_000), 'big.gexf', { ...limits, maxBytes: 1_000 }));
    expect(error.message).toBe('big.gexf: the file is 2000 bytes, more than the import limit of 1000');
  });

  it('refuses unterminated markup and malformed XML with a line number', () => {
    expect(refusal(() => guardXml('<a>\n<!-- never closed', 'c.gexf', limits)).message).toBe('c.gexf, line 2: "<!--" is never closed');
    const malformed = '<gexf>\n<graph>\n<nodes></graph></gexf>';
    expect(refusal(() => readGraphFile(new TextEncoder().encode(malformed), 'm.gexf')).message).toMatch(/^m\.gexf, line 3: the XML is not well formed/);
  });

  it('accepts ">" inside attribute values, comments and CDATA without miscounting depth', () => {
    const text = '<graphml><!-- <a><a><a> --><graph><node id="a&gt;b" note="x > y"/><![CDATA[<b><b>]]></graph></graphml>';
    expect(() => guardXml(text, 'ok.graphml', { ...limits, maxDepth: 2 })).not.toThrow();
  });
});
