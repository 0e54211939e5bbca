// Draws the app icon (a small coalition: five stakeholders in the category colours, joined by ties)
// and writes it as PNG files: build/icon.png (512) and build/icons/<n>x<n>.png for Linux.
// Run: node build/make-icon.mjs. Plain Node only: shapes are signed-distance functions with
// one-pixel anti-aliasing, and the PNG is raw RGBA rows deflated with zlib.
import { Buffer } from 'node:buffer';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stdout } from 'node:process';
import { deflateSync } from 'node:zlib';

const DESIGN = 512;
const BACKGROUND = '#1E2B45';
const TIE = '#DCE3EE';
const RING = '#FFFFFF';
// The five category colours (shared/categories.ts, Okabe-Ito palette).
const NODES = [
  { x: 256, y: 262, r: 58, colour: '#0072B2' },
  { x: 130, y: 150, r: 42, colour: '#D55E00' },
  { x: 388, y: 140, r: 44, colour: '#009E73' },
  { x: 124, y: 382, r: 40, colour: '#E69F00' },
  { x: 394, y: 390, r: 46, colour: '#CC79A7' },
];
const TIES = [[0, 1], [0, 2], [0, 3], [0, 4], [1, 2], [2, 4], [3, 4]];

function rgb(hex) {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** Distance from (px, py) to a rounded square inset by `inset` with corner radius `radius` (negative inside). */
function roundedSquare(px, py, inset, radius) {
  const half = DESIGN / 2 - inset - radius;
  const qx = Math.abs(px - DESIGN / 2) - half;
  const qy = Math.abs(py - DESIGN / 2) - half;
  const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0));
  return outside + Math.min(Math.max(qx, qy), 0) - radius;
}

function segment(px, py, a, b, halfWidth) {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const t = Math.max(0, Math.min(1, ((px - a.x) * dx + (py - a.y) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (a.x + t * dx), py - (a.y + t * dy)) - halfWidth;
}

function circle(px, py, node, extra) {
  return Math.hypot(px - node.x, py - node.y) - node.r - extra;
}

/** The layers, back to front: each gives a distance (design units) and a colour. */
function layers(px, py) {
  const out = [{ d: roundedSquare(px, py, 20, 104), colour: BACKGROUND }];
  for (const [i, j] of TIES) out.push({ d: segment(px, py, NODES[i], NODES[j], 7), colour: TIE });
  for (const node of NODES) {
    out.push({ d: circle(px, py, node, 8), colour: RING });
    out.push({ d: circle(px, py, node, 0), colour: node.colour });
  }
  return out;
}

function render(size) {
  const scale = DESIGN / size;
  const pixels = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const px = (x + 0.5) * scale;
      const py = (y + 0.5) * scale;
      let [r, g, b, a] = [0, 0, 0, 0];
      for (const layer of layers(px, py)) {
        // Coverage from the distance in output pixels: a one-pixel soft edge.
        const coverage = Math.max(0, Math.min(1, 0.5 - layer.d / scale));
        if (coverage === 0) continue;
        const [lr, lg, lb] = rgb(layer.colour);
        const outA = coverage + a * (1 - coverage);
        r = (lr * coverage + r * a * (1 - coverage)) / outA;
        g = (lg * coverage + g * a * (1 - coverage)) / outA;
        b = (lb * coverage + b * a * (1 - coverage)) / outA;
        a = outA;
      }
      const at = (y * size + x) * 4;
      pixels[at] = Math.round(r);
      pixels[at + 1] = Math.round(g);
      pixels[at + 2] = Math.round(b);
      pixels[at + 3] = Math.round(a * 255);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 255] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // RGBA
  // Each row starts with filter type 0 (none).
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const here = dirname(fileURLToPath(import.meta.url));
mkdirSync(join(here, 'icons'), { recursive: true });
const large = png(512, render(512));
writeFileSync(join(here, 'icon.png'), large);
writeFileSync(join(here, 'icons', '512x512.png'), large);
writeFileSync(join(here, 'icons', '256x256.png'), png(256, render(256)));
stdout.write('wrote build/icon.png, build/icons/512x512.png, build/icons/256x256.png\n');
