// Reads the QR code the window shows, as a phone would: the SVG is drawn into a canvas in the
// page, and its pixels go through the library's decoder (a reader, not the encoder run again).
import decodeQR from '@paulmillr/qr/decode.js';
import type { Page } from 'playwright-core';

const DRAW = `(async () => {
  const svg = document.querySelector('svg.invite-qr').cloneNode(true);
  // Whole pixels per module: a blurred edge between modules can flip a bit of the format.
  const size = Number(svg.getAttribute('viewBox').split(' ')[2]) * 8;
  svg.setAttribute('width', String(size));
  svg.setAttribute('height', String(size));
  svg.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  const url = URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(svg)], { type: 'image/svg+xml' }));
  const image = new Image();
  image.src = url;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  const context = canvas.getContext('2d');
  context.imageSmoothingEnabled = false;
  context.drawImage(image, 0, 0, size, size);
  URL.revokeObjectURL(url);
  return { width: size, height: size, data: Array.from(context.getImageData(0, 0, size, size).data) };
})()`;

export async function readQrCode(page: Page): Promise<string> {
  const image = (await page.evaluate(DRAW)) as { width: number; height: number; data: number[] };
  return decodeQR({ width: image.width, height: image.height, data: Uint8Array.from(image.data) });
}
