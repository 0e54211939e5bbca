// Reading a map file's text: reserved keys are refused however they are written (spelled out or
// through \u escapes), while ordinary text, including the reserved words inside values, is read.
import { describe, expect, it } from 'vitest';
import { decodeJsonBytes, parseJsonText } from '../../../electron/main/store/safe-json';

const refusedFor = (text: string) => {
  const result = parseJsonText(text);
  return result.ok ? null : result.problem;
};

describe('parseJsonText', () => {
  it('reads ordinary JSON', () => {
    expect(parseJsonText('{"stakeholders":[{"name":"Ana","position":{"x":1,"y":2}}]}')).toEqual({
      ok: true,
      value: { stakeholders: [{ name: 'Ana', position: { x: 1, y: 2 } }] },
    });
  });

  it('refuses each reserved key, at any depth', () => {
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      expect(refusedFor(`{"a":[{"b":{"${key}":{"polluted":true}}}]}`)).toBe(`the file uses the reserved key "${key}", which is never accepted`);
    }
  });

  it('refuses a reserved key written with \\u escapes', () => {
    expect(refusedFor('{"\\u005f_proto__":{"polluted":true}}')).toMatch(/reserved key "__proto__"/);
    expect(refusedFor('{"n":{"\\u0063onstructor":1}}')).toMatch(/reserved key "constructor"/);
  });

  it('reads the reserved words and escapes when they are only values', () => {
    const text = '{"notes":"Explained the prototype and the constructor of __proto__ \\u00e9"}';
    expect(parseJsonText(text)).toEqual({ ok: true, value: { notes: 'Explained the prototype and the constructor of __proto__ é' } });
  });

  it('describes a syntax error alike on both paths, without quoting the content', () => {
    const plain = refusedFor('{\n  "secret name": 1,\n  "b": ?\n}');
    const withReservedWord = refusedFor('{\n  "secret prototype": 1,\n  "b": ?\n}');
    expect(plain).toMatch(/^the file is not valid JSON/);
    expect(withReservedWord).toBe(plain);
    expect(plain).not.toMatch(/secret/);
    expect(refusedFor('{"a": [1, 2')).toMatch(/ends too early/);
    expect(refusedFor('{"prototype": [1, 2')).toMatch(/ends too early/);
  });

  it('decodes bytes with a byte order mark', () => {
    expect(decodeJsonBytes(new TextEncoder().encode('\uFEFF{"a":1}'))).toEqual({ ok: true, value: { a: 1 } });
  });
});
