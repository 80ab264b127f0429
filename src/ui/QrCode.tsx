import { create } from 'qrcode';
import { useMemo } from 'react';

interface Props {
  /** What the code says: a link, here. */
  readonly text: string;
  /** Its accessible name. */
  readonly label: string;
  readonly size: number;
}

/**
 * A QR code drawn as one SVG path in the page (the `qrcode` library only computes the modules):
 * black on white with the standard four-module quiet zone, crisp at any size, nothing fetched.
 */
export function QrCode({ text, label, size }: Props) {
  const { path, side } = useMemo(() => {
    const { modules } = create(text, { errorCorrectionLevel: 'M' });
    const quiet = 4;
    let d = '';
    for (let row = 0; row < modules.size; row++)
      for (let col = 0; col < modules.size; col++)
        if (modules.get(row, col)) d += `M${col + quiet} ${row + quiet}h1v1h-1z`;
    return { path: d, side: modules.size + quiet * 2 };
  }, [text]);
  return (
    <svg
      className="qr-code"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${side} ${side}`}
      width={size}
      height={size}
      shapeRendering="crispEdges"
    >
      <rect width={side} height={side} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
