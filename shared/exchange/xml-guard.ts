// Checks an XML text before any parser sees it: no DTDs or entities (billion laughs, XXE), no
// XInclude, and size limits. One linear scan with indexOf; it never builds a tree, so a file
// nested 100,000 deep or with a 50 MB attribute is refused in milliseconds.
import { ImportError } from './import-error';
import type { ImportLimits } from './imported-graph';

const FORBIDDEN: readonly { pattern: RegExp; what: string }[] = [
  { pattern: /<!doctype/i, what: 'a DOCTYPE declaration (<!DOCTYPE), which can define entities and fetch external files' },
  { pattern: /<!entity/i, what: 'an entity declaration (<!ENTITY)' },
  { pattern: /<!(attlist|element|notation)/i, what: 'a DTD declaration' },
  { pattern: /<xi:include/i, what: 'an XInclude element (<xi:include), which would pull in other files' },
  { pattern: /http:\/\/www\.w3\.org\/20\d\d\/xinclude/i, what: 'the XInclude namespace, which would pull in other files' },
];

export function lineAt(text: string, offset: number): number {
  let line = 1;
  let at = text.indexOf('\n');
  while (at >= 0 && at < offset) {
    line++;
    at = text.indexOf('\n', at + 1);
  }
  return line;
}

function refuse(file: string, text: string, offset: number, reason: string): never {
  throw new ImportError(file, `line ${lineAt(text, offset)}`, reason);
}

function isNameEnd(code: number): boolean {
  // whitespace, '/', '>'
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0x2f || code === 0x3e;
}

function attributeNameBefore(text: string, valueStart: number, tagStart: number): string {
  const before = text.slice(Math.max(tagStart, valueStart - 120), valueStart);
  return /([\w:.-]+)\s*=\s*["']$/.exec(before)?.[1] ?? '?';
}

/** Skips a comment, CDATA section or processing instruction; returns the offset after it. */
function skipSpecial(text: string, file: string, lt: number, limits: ImportLimits): number {
  const forms: readonly [string, string][] = [
    ['<!--', '-->'],
    ['<![CDATA[', ']]>'],
    ['<?', '?>'],
    ['<!', '>'],
  ];
  for (const [open, close] of forms) {
    if (!text.startsWith(open, lt)) continue;
    const end = text.indexOf(close, lt + open.length);
    if (end < 0) refuse(file, text, lt, `"${open}" is never closed`);
    if (open === '<![CDATA[' && end - lt > limits.maxValueLength) {
      refuse(file, text, lt, `a CDATA section is ${end - lt} characters long (limit ${limits.maxValueLength})`);
    }
    return end + close.length;
  }
  return lt + 1;
}

/** Throws an ImportError naming the file and line for the first forbidden construct or exceeded limit. */
export function guardXml(text: string, file: string, limits: ImportLimits): void {
  if (text.length > limits.maxBytes) {
    throw new ImportError(file, null, `the file is larger than the import limit of ${limits.maxBytes} bytes`);
  }
  for (const { pattern, what } of FORBIDDEN) {
    const match = pattern.exec(text);
    if (match) refuse(file, text, match.index, `refused before parsing: the file contains ${what}`);
  }
  const nul = text.indexOf('\u0000');
  if (nul >= 0) refuse(file, text, nul, 'the file contains a NUL character, which XML does not allow');

  let depth = 0;
  let nodes = 0;
  let edges = 0;
  let i = 0;
  const length = text.length;
  while (i < length) {
    const lt = text.indexOf('<', i);
    const runEnd = lt < 0 ? length : lt;
    if (runEnd - i > limits.maxValueLength) {
      refuse(file, text, i, `a text value is ${runEnd - i} characters long (limit ${limits.maxValueLength})`);
    }
    if (lt < 0) break;
    const next = text.charCodeAt(lt + 1);
    if (next === 0x21 /* ! */ || next === 0x3f /* ? */) {
      i = skipSpecial(text, file, lt, limits);
      continue;
    }
    if (next === 0x2f /* / */) {
      depth--;
      const end = text.indexOf('>', lt);
      if (end < 0) refuse(file, text, lt, 'a closing tag is never finished');
      i = end + 1;
      continue;
    }
    let j = lt + 1;
    while (j < length && !isNameEnd(text.charCodeAt(j))) j++;
    const name = text.slice(lt + 1, j);
    const local = name.slice(name.indexOf(':') + 1);
    if (local === 'node' && ++nodes > limits.maxNodes) refuse(file, text, lt, `more than ${limits.maxNodes} nodes (the import limit)`);
    if (local === 'edge' && ++edges > limits.maxEdges) refuse(file, text, lt, `more than ${limits.maxEdges} edges (the import limit)`);
    let quote = 0;
    let valueStart = 0;
    for (; j < length; j++) {
      const c = text.charCodeAt(j);
      if (quote !== 0) {
        if (c === quote) {
          if (j - valueStart > limits.maxValueLength) {
            const attr = attributeNameBefore(text, valueStart, lt);
            refuse(file, text, lt, `attribute "${attr}" of <${name}> is ${j - valueStart} characters long (limit ${limits.maxValueLength})`);
          }
          quote = 0;
        }
      } else if (c === 0x22 || c === 0x27) {
        quote = c;
        valueStart = j + 1;
      } else if (c === 0x3e) break;
    }
    if (j >= length) refuse(file, text, lt, `the tag <${name}> is never closed`);
    if (text.charCodeAt(j - 1) !== 0x2f && ++depth > limits.maxDepth) {
      refuse(file, text, lt, `elements are nested more than ${limits.maxDepth} deep (at <${name}>)`);
    }
    i = j + 1;
  }
}
