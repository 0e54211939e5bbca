// Reads the QR code the window shows, as a phone would: the SVG is drawn into a canvas in the
// page, and its pixels go to zbar (Debian's zbar-tools), a reader written apart from the encoder
// the app uses. The encoder's own library also has a decoder, but it misreads about 1 in 20 of
// these large codes (an invite is some 500 characters: version 17 to 20) that zbar reads every time,
// which made the tests fail at random. `.ci/run` installs zbar-tools; without it the read fails.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';

const run = promisify(execFile);

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
  const rgba = context.getImageData(0, 0, size, size).data;
  const grey = [];
  for (let i = 0; i < rgba.length; i += 4) grey.push(Math.round((rgba[i] + rgba[i + 1] + rgba[i + 2]) / 3));
  return { size, grey };
})()`;

/** The picture as a binary greyscale PGM (netpbm), which zbarimg reads without any other library. */
function pgm(size: number, grey: readonly number[]): Buffer {
  return Buffer.concat([Buffer.from(`P5 ${size} ${size} 255\n`, 'ascii'), Uint8Array.from(grey)]);
}

async function zbarRead(file: string): Promise<string> {
  try {
    const { stdout } = await run('zbarimg', ['--quiet', '--raw', file], { encoding: 'utf8' });
    // --raw prints the code's text and a newline.
    return stdout.endsWith('\n') ? stdout.slice(0, -1) : stdout;
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'ENOENT') throw new Error("reading the QR code needs zbarimg (Debian's zbar-tools, which .ci/run installs)");
    if (code === 4) throw new Error('zbarimg found no QR code in the window');
    throw error;
  }
}

export async function readQrCode(page: Page): Promise<string> {
  const { size, grey } = (await page.evaluate(DRAW)) as { size: number; grey: number[] };
  const dir = await mkdtemp(join(tmpdir(), 'coalition-qr-'));
  try {
    const file = join(dir, 'invite.pgm');
    await writeFile(file, pgm(size, grey));
    return await zbarRead(file);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
