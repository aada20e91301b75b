import { encode } from 'uqr';

/**
 * A QR code drawn as SVG rectangles from the encoded matrix (no HTML injection, no image request),
 * with the four-module quiet zone the QR standard asks for (ISO/IEC 18004).
 */
export function QrCode({ text, label }: { text: string; label: string }) {
  const { data, size } = encode(text, { ecc: 'M', border: 0 });
  const quiet = 4;
  const cells: string[] = [];
  data.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (dark) cells.push(`M${x + quiet} ${y + quiet}h1v1h-1z`);
    });
  });
  const full = size + quiet * 2;
  return (
    <svg
      className="qr"
      viewBox={`0 0 ${full} ${full}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
    >
      <rect width={full} height={full} fill="#fff" />
      <path d={cells.join('')} fill="#000" />
    </svg>
  );
}
