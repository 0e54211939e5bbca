// Turns a map file's bytes into a plain JSON value, refusing anything that could pollute
// prototypes, and describing failures by line and column without quoting the (personal) content.

const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type DecodeResult =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly problem: string; readonly invalid?: true };

const BOM = '\uFEFF';

export function decodeJsonBytes(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, problem: 'the file is empty' };
  if (bytes.includes(0)) {
    return { ok: false, problem: 'the file contains NUL bytes (it was probably cut short by a crash or a full disk)' };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, problem: 'the file is not UTF-8 text' };
  }
  if (text.startsWith(BOM)) text = text.slice(1);
  if (text.trim() === '') return { ok: false, problem: 'the file holds only white space' };
  return parseJsonText(text);
}

/**
 * A key can only come out as a reserved one if the text spells it, or writes some of it as a \u
 * escape. Text with neither (every map this app writes, unless a note mentions the words) is read
 * without the reviver, which costs more than the parse itself on big maps.
 */
function mayHoldReservedKey(text: string): boolean {
  return text.includes('\\u') || [...RESERVED_KEYS].some((key) => text.includes(key));
}

export function parseJsonText(text: string): DecodeResult {
  if (!mayHoldReservedKey(text)) {
    try {
      return { ok: true, value: JSON.parse(text) as unknown };
    } catch (error) {
      return { ok: false, problem: describeSyntaxError(error, text) };
    }
  }
  let reservedKey: string | null = null;
  try {
    const value: unknown = JSON.parse(text, function reviver(key: string, val: unknown) {
      if (RESERVED_KEYS.has(key)) {
        reservedKey = key;
        throw new Error('reserved key');
      }
      return val;
    });
    return { ok: true, value };
  } catch (error) {
    if (reservedKey !== null) {
      return { ok: false, invalid: true, problem: `the file uses the reserved key "${reservedKey}", which is never accepted` };
    }
    return { ok: false, problem: describeSyntaxError(error, text) };
  }
}

/** V8 quotes part of the input in its messages; we keep only the position. */
function describeSyntaxError(error: unknown, text: string): string {
  const message = error instanceof Error ? error.message : '';
  if (/end of JSON input|Unterminated string/i.test(message)) {
    return 'the file is not valid JSON: it ends too early (probably cut short)';
  }
  const position = /position (\d+)/.exec(message);
  if (position?.[1] !== undefined) {
    const offset = Number(position[1]);
    if (offset >= text.trimEnd().length) return 'the file is not valid JSON: it ends too early (probably cut short)';
    const { line, column } = lineAndColumn(text, offset);
    return `the file is not valid JSON (line ${line}, column ${column})`;
  }
  return 'the file is not valid JSON';
}

export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, offset));
  const lines = before.split('\n');
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}
