// What yEd (yFiles) keeps inside its graphics payloads that an import needs: the node's label
// (y:NodeLabel; for a group, the label of the realizer yEd shows), an edge's label
// (y:EdgeLabel), and whether the edge is drawn with any arrow. Everything else there is drawing.
import { attr, children, textOf, type XmlElement } from './xml-read';

function isElement(value: unknown): value is XmlElement {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every descendant element called `tag` (namespace prefix already removed), in document order. */
function descendants(el: XmlElement, tag: string, found: XmlElement[] = []): XmlElement[] {
  for (const [key, value] of Object.entries(el)) {
    if (key.startsWith('@_') || key === '#text') continue;
    for (const item of Array.isArray(value) ? (value as unknown[]) : [value]) {
      if (!isElement(item)) continue;
      if (key === tag) found.push(item);
      descendants(item, tag, found);
    }
  }
  return found;
}

function firstText(elements: readonly XmlElement[]): string | undefined {
  for (const el of elements) {
    const text = textOf(el)?.trim();
    if (text) return text;
  }
  return undefined;
}

/**
 * The label yEd shows for a node. A group or folder (ProxyAutoBoundsNode) keeps one realizer for
 * the open group and one for the closed folder; `active` says which one is shown.
 */
export function yedNodeLabel(graphics: XmlElement): string | undefined {
  for (const proxy of descendants(graphics, 'ProxyAutoBoundsNode')) {
    const realizers = children(proxy, 'Realizers')[0];
    if (!realizers) continue;
    const shown = Number(attr(realizers, 'active') ?? '0');
    const groups = children(realizers, 'GroupNode');
    const label = firstText(children(groups[Number.isInteger(shown) ? shown : 0] ?? {}, 'NodeLabel'));
    if (label) return label;
  }
  return firstText(descendants(graphics, 'NodeLabel'));
}

export function yedEdgeLabel(graphics: XmlElement): string | undefined {
  return firstText(descendants(graphics, 'EdgeLabel'));
}

/** False when yEd draws the edge as a plain line (no arrow at either end); else undefined. */
export function yedEdgeDrawnDirected(graphics: XmlElement): boolean | undefined {
  const arrows = descendants(graphics, 'Arrows')[0];
  if (!arrows) return undefined;
  const none = (end: string): boolean => (attr(arrows, end) ?? 'none').trim().toLowerCase() === 'none';
  return none('source') && none('target') ? false : undefined;
}
