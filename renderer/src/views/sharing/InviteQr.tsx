// The invite as a QR code, drawn as SVG squares from the encoder's grid (no image, no inline
// style, so the window's content policy needs nothing new). It carries the words and, on a
// second line, the relay address.
import encodeQR from '@paulmillr/qr';
import { useMemo } from 'react';

const QUIET = 4;

export function InviteQr({ text }: { readonly text: string }) {
  const { size, path } = useMemo(() => {
    const grid = encodeQR(text, 'raw', { ecc: 'medium', border: 0 });
    const squares: string[] = [];
    grid.forEach((row, y) => row.forEach((dark, x) => dark && squares.push(`M${x} ${y}h1v1h-1z`)));
    return { size: grid.length, path: squares.join('') };
  }, [text]);
  const span = size + QUIET * 2;
  return (
    <svg className="invite-qr" viewBox={`${-QUIET} ${-QUIET} ${span} ${span}`} role="img" aria-label="QR code of the invite and the relay address" shapeRendering="crispEdges">
      <rect x={-QUIET} y={-QUIET} width={span} height={span} fill="#ffffff" />
      <path d={path} fill="#000000" />
    </svg>
  );
}

/** What the QR code holds: the words, then the relay address on its own line. */
export function qrText(words: string, relay: string): string {
  return `${words}\n${relay}`;
}
