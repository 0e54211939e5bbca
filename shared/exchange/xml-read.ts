// The one place that runs the XML parser. Guarded first, validated for well-formedness (with a
// line number), then parsed with entities off: we decode the five predefined entities and
// character references ourselves, in one linear pass, so nothing can expand.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { ImportError } from './import-error';
import type { ImportLimits } from './imported-graph';
import { guardXml } from './xml-guard';

/** An element as the parser gives it: attributes under "@_name", text under "#text", children by tag. */
export type XmlElement = Readonly<Record<string, unknown>>;

const PREDEFINED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeXmlEntities(value: string): string {
  if (!value.includes('&')) return value;
  return value.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|lt|gt|amp|quot|apos);/g, (whole, ref: string) => {
    if (!ref.startsWith('#')) return PREDEFINED[ref] ?? whole;
    const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
    return valid ? String.fromCodePoint(code) : whole;
  });
}

export function parseXml(text: string, file: string, limits: ImportLimits): XmlElement {
  guardXml(text, file, limits);
  const validity = XMLValidator.validate(text);
  if (validity !== true) {
    throw new ImportError(file, `line ${validity.err.line}`, `the XML is not well formed: ${validity.err.msg}`);
  }
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    parseTagValue: false,
    parseAttributeValue: false,
    processEntities: false,
    htmlEntities: false,
    removeNSPrefix: true,
    trimValues: true,
    ignoreDeclaration: true,
    ignorePiTags: true,
    maxNestedTags: limits.maxDepth,
    jPath: false,
  });
  try {
    return parser.parse(text) as XmlElement;
  } catch (error) {
    throw new ImportError(file, null, `the XML could not be read: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function own(el: XmlElement, key: string): unknown {
  return Object.hasOwn(el, key) ? el[key] : undefined;
}

/** Child elements with a tag name, always as a list (the parser gives one child as a bare object). */
export function children(el: XmlElement | undefined, tag: string): XmlElement[] {
  if (!el) return [];
  const value = own(el, tag);
  const list = Array.isArray(value) ? (value as unknown[]) : value === undefined ? [] : [value];
  return list.map((item) => (typeof item === 'object' && item !== null ? (item as XmlElement) : { '#text': String(item) }));
}

export function attr(el: XmlElement, name: string): string | undefined {
  const value = own(el, `@_${name}`);
  return typeof value === 'string' ? decodeXmlEntities(value) : undefined;
}

/** The element's own text, or undefined when it holds only child elements (yFiles graphics, say). */
export function textOf(el: XmlElement): string | undefined {
  const value = own(el, '#text');
  return typeof value === 'string' ? decodeXmlEntities(value) : undefined;
}

/** True when the element has child elements (not just attributes and text). */
export function hasChildElements(el: XmlElement): boolean {
  return Object.keys(el).some((k) => !k.startsWith('@_') && k !== '#text');
}
