import type { Kind } from '../api/generated/graphql';
import { KINDS, SHAPE_POINTS } from './kinds';

/** The node's shape and colour, as drawn on the canvas, for legends and lists. */
export function KindIcon({ kind, size = 16 }: { kind: Kind; size?: number }) {
  const { colour, shape } = KINDS[kind];
  const points = SHAPE_POINTS[shape];
  return (
    <svg width={size} height={size} viewBox="0 0 20 20" aria-hidden="true" focusable="false" className="kind-icon">
      {shape === 'ellipse' && <circle cx="10" cy="10" r="8.5" fill={colour} stroke="#222" />}
      {shape === 'round-rectangle' && <rect x="2" y="4" width="16" height="12" rx="4" fill={colour} stroke="#222" />}
      {points && <polygon points={points} fill={colour} stroke="#222" />}
    </svg>
  );
}
