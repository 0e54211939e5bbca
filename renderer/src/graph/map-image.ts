// Pure: the map as an SVG document, built from the map itself (positions, category colours, kind
// shapes, ties, labels) with a legend, for the PNG and SVG exports and the printed brief.
// Names go through the export field policy (redactMap), the same code path as every other export,
// so a confidential stakeholder is a numbered placeholder unless the user includes them.
import { CATEGORIES } from '../../../shared/categories';
import { redactMap } from '../../../shared/exchange/export-policy';
import { escapeXmlAttribute, escapeXmlText } from '../../../shared/exchange/xml-escape';
import type { MapDocument, Stakeholder, Tie } from '../../../shared/model';
import { TIE_TYPES } from '../../../shared/schema';
import { fitPositions, type Point } from './map-image-layout';
import { TIE_STYLES } from './tie-styles';

export interface MapImageOptions {
  readonly includeConfidential: boolean;
  /** The date printed under the title, YYYY-MM-DD. */
  readonly today: string;
  readonly width?: number;
  readonly height?: number;
}

const INK = '#1F2933';
const UNCATEGORIZED = '#B8BEC6';
const LEGEND_WIDTH = 290;
const fmt = (n: number): string => String(Math.round(n * 10) / 10);

function nodeRadius(s: Stakeholder): number {
  return (30 + (s.influence ?? 2) * 6) / 2 / 1.6;
}

function colours(s: Stakeholder): string[] {
  const found = CATEGORIES.filter((c) => s.categories.includes(c.id)).map((c) => c.colour);
  return found.length > 0 ? found : [UNCATEGORIZED];
}

/** Equal pie slices, one per category, clipped to the node's shape. */
function fillOf(s: Stakeholder, p: Point, r: number, clipId: string): string {
  const cs = colours(s);
  if (cs.length === 1) return '';
  return cs
    .map((colour, i) => {
      const a0 = (2 * Math.PI * i) / cs.length - Math.PI / 2;
      const a1 = (2 * Math.PI * (i + 1)) / cs.length - Math.PI / 2;
      const R = r * 1.5;
      const d = `M${fmt(p.x)},${fmt(p.y)} L${fmt(p.x + R * Math.cos(a0))},${fmt(p.y + R * Math.sin(a0))} A${fmt(R)},${fmt(R)} 0 ${a1 - a0 > Math.PI ? 1 : 0} 1 ${fmt(p.x + R * Math.cos(a1))},${fmt(p.y + R * Math.sin(a1))} Z`;
      return `<path d="${d}" fill="${colour}" clip-path="url(#${clipId})"/>`;
    })
    .join('');
}

function shapeOf(s: Stakeholder, p: Point, r: number, attrs: string): string {
  return s.kind === 'organization'
    ? `<rect x="${fmt(p.x - r * 1.2)}" y="${fmt(p.y - r)}" width="${fmt(r * 2.4)}" height="${fmt(r * 2)}" rx="${fmt(r * 0.35)}" ${attrs}/>`
    : `<circle cx="${fmt(p.x)}" cy="${fmt(p.y)}" r="${fmt(r)}" ${attrs}/>`;
}

function drawNode(s: Stakeholder, p: Point, name: string, anchor: boolean, index: number): string {
  const r = nodeRadius(s);
  const clipId = `node-clip-${index}`;
  const cs = colours(s);
  const single = cs.length === 1 ? (cs[0] ?? UNCATEGORIZED) : 'none';
  const ring = anchor ? `stroke="${INK}" stroke-width="5"` : s.confidential ? `stroke="${INK}" stroke-width="2" stroke-dasharray="4 3"` : `stroke="#FFFFFF" stroke-width="1.5"`;
  const parts = [
    cs.length > 1 ? `<clipPath id="${clipId}">${shapeOf(s, p, r, '')}</clipPath>` : '',
    shapeOf(s, p, r, `fill="${single}"`),
    fillOf(s, p, r, clipId),
    shapeOf(s, p, r, `fill="none" ${ring}`),
    anchor ? shapeOf(s, p, r - 4, `fill="none" stroke="#FFFFFF" stroke-width="1.5"`) : '',
    `<text x="${fmt(p.x)}" y="${fmt(p.y + r + 13)}" text-anchor="middle" class="label"${anchor ? ' font-weight="bold"' : ''}>${escapeXmlText(name)}</text>`,
  ];
  return `<g class="node">${parts.join('')}</g>`;
}

function drawTie(t: Tie, from: Point, to: Point): string {
  const style = TIE_STYLES[t.type];
  const dash = style.dashed ? ' stroke-dasharray="6 4"' : '';
  const arrow = style.directed ? ` marker-end="url(#arrow-${style.colour === TIE_STYLES.conflict.colour ? 'conflict' : 'plain'})"` : '';
  const width = 1 + (t.strength ?? 2) * 0.5;
  return `<line x1="${fmt(from.x)}" y1="${fmt(from.y)}" x2="${fmt(to.x)}" y2="${fmt(to.y)}" stroke="${style.colour}" stroke-width="${fmt(width)}"${dash}${arrow}/>`;
}

/** The coalition's name in lines short enough for the legend column (a long word stays whole). */
export function titleLines(title: string, width = 26): string[] {
  const lines: string[] = [];
  for (const word of title.split(/\s+/).filter((w) => w !== '')) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.slice(0, 4);
}

function legend(x: number, title: string, today: string): string {
  const rows: string[] = [];
  let y = 34;
  const line = (content: string, step = 24): void => {
    rows.push(content);
    y += step;
  };
  for (const part of titleLines(title)) line(`<text x="${x}" y="${y}" class="title">${escapeXmlText(part)}</text>`, 20);
  line(`<text x="${x}" y="${y}" class="small">Map as of ${escapeXmlText(today)}</text>`, 30);
  line(`<text x="${x}" y="${y}" class="heading">Legend</text>`, 20);
  for (const c of CATEGORIES) line(`<rect x="${x}" y="${y - 10}" width="14" height="14" rx="3" fill="${c.colour}"/><text x="${x + 22}" y="${y + 1}" class="item">${escapeXmlText(c.label)}</text>`);
  line(`<rect x="${x}" y="${y - 10}" width="14" height="14" rx="3" fill="${UNCATEGORIZED}"/><text x="${x + 22}" y="${y + 1}" class="item">No category yet</text>`, 30);
  line(`<circle cx="${x + 7}" cy="${y - 3}" r="7" fill="#FFFFFF" stroke="${INK}"/><text x="${x + 22}" y="${y + 1}" class="item">Person</text>`);
  line(`<rect x="${x - 1}" y="${y - 10}" width="16" height="14" rx="4" fill="#FFFFFF" stroke="${INK}"/><text x="${x + 22}" y="${y + 1}" class="item">Organization</text>`);
  line(`<rect x="${x - 1}" y="${y - 10}" width="16" height="14" rx="4" fill="#FFFFFF" stroke="${INK}" stroke-width="4"/><text x="${x + 22}" y="${y + 1}" class="item">Anchor organization</text>`);
  line(`<circle cx="${x + 7}" cy="${y - 3}" r="7" fill="#FFFFFF" stroke="${INK}" stroke-dasharray="3 2"/><text x="${x + 22}" y="${y + 1}" class="item">Confidential</text>`);
  line(`<text x="${x}" y="${y}" class="small">Split fill: several categories</text>`, 30);
  line(`<text x="${x}" y="${y}" class="heading">Ties</text>`, 20);
  for (const type of TIE_TYPES) {
    const s = TIE_STYLES[type];
    line(
      `<line x1="${x}" y1="${y - 4}" x2="${x + 30}" y2="${y - 4}" stroke="${s.colour}" stroke-width="2.5"${s.dashed ? ' stroke-dasharray="5 3"' : ''}${s.directed ? ` marker-end="url(#arrow-${type === 'conflict' ? 'conflict' : 'plain'})"` : ''}/><text x="${x + 40}" y="${y + 1}" class="item">${escapeXmlText(s.label)}</text>`,
    );
  }
  return `<g class="legend">${rows.join('')}</g>`;
}

const STYLE = `<style>text{font-family:"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;fill:${INK}}.label{font-size:12px;paint-order:stroke;stroke:#FFFFFF;stroke-width:3px;stroke-linejoin:round}.title{font-size:17px;font-weight:bold}.heading{font-size:15px;font-weight:bold}.item{font-size:14px}.small{font-size:13px;fill:#52606D}</style>`;

function markers(): string {
  const marker = (id: string, colour: string) =>
    `<marker id="arrow-${id}" viewBox="0 0 10 10" refX="16" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 Z" fill="${colour}"/></marker>`;
  return `<defs>${marker('plain', TIE_STYLES.knows.colour)}${marker('conflict', TIE_STYLES.conflict.colour)}</defs>`;
}

/** The whole image as SVG text: map on the left, legend on the right, a white background. */
export function mapImageSvg(map: MapDocument, options: MapImageOptions): string {
  const width = options.width ?? 1400;
  const height = options.height ?? 900;
  const redacted = redactMap(map, { includeConfidential: options.includeConfidential, includeSensitive: false, today: options.today });
  const positions = fitPositions(map.stakeholders, { x: 0, y: 0, width: width - LEGEND_WIDTH, height }, 60);
  const ties = map.ties
    .map((t) => {
      const from = positions.get(t.source);
      const to = positions.get(t.target);
      return from && to ? drawTie(t, from, to) : '';
    })
    .join('');
  const nodes = map.stakeholders
    .map((s, i) => {
      const p = positions.get(s.id);
      return p ? drawNode(s, p, redacted.exportedName.get(s.id) ?? '', s.id === map.coalition.anchorId, i) : '';
    })
    .join('');
  const title = map.coalition.name;
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeXmlAttribute(`Map of ${title}`)}">`,
    `<title>${escapeXmlText(`Map of ${title}`)}</title>`,
    STYLE,
    markers(),
    `<rect width="${width}" height="${height}" fill="#FFFFFF"/>`,
    `<line x1="${width - LEGEND_WIDTH}" y1="20" x2="${width - LEGEND_WIDTH}" y2="${height - 20}" stroke="#D9DEE3"/>`,
    `<g class="ties">${ties}</g>`,
    `<g class="nodes">${nodes}</g>`,
    legend(width - LEGEND_WIDTH + 24, title, options.today),
    `</svg>`,
  ].join('\n');
}
