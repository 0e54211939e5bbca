// The PNG export draws the very SVG the SVG export writes onto a canvas at twice its size, so the
// image has the legend and the same redaction (one code path for names), and stays crisp in print.
import { toBase64 } from '../../state/export/export-build';

export async function svgToPngBase64(svg: string, width: number, height: number, scale = 2): Promise<string> {
  const image = new Image();
  image.width = width;
  image.height = height;
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = width * scale;
  canvas.height = height * scale;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This window cannot draw images, so no PNG was made.');
  context.scale(scale, scale);
  context.drawImage(image, 0, 0, width, height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('The map image could not be encoded as PNG.');
  return toBase64(new Uint8Array(await blob.arrayBuffer()));
}
