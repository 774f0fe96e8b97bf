import type { Kind } from '../api/generated/graphql';

export interface KindStyle {
  label: string;
  plural: string;
  /** Okabe–Ito-like colours, safe for colour blindness; the shape carries the kind in greyscale. */
  colour: string;
  shape: 'round-rectangle' | 'octagon' | 'ellipse' | 'hexagon' | 'rectangle' | 'diamond' | 'rhomboid' | 'triangle' | 'star' | 'pentagon' | 'vee';
}

export const KINDS: Record<Kind, KindStyle> = {
  Institution: { label: 'Institution', plural: 'Institutions', colour: '#0072B2', shape: 'round-rectangle' },
  Role: { label: 'Role', plural: 'Roles', colour: '#E69F00', shape: 'octagon' },
  Person: { label: 'Person', plural: 'People', colour: '#CC79A7', shape: 'ellipse' },
  State: { label: 'State', plural: 'States', colour: '#009E73', shape: 'hexagon' },
  Mandate: { label: 'Mandate', plural: 'Mandates', colour: '#C9B400', shape: 'rectangle' },
  PolicyTool: { label: 'Policy tool', plural: 'Policy tools', colour: '#D55E00', shape: 'diamond' },
  Channel: { label: 'Channel', plural: 'Channels', colour: '#56B4E9', shape: 'rhomboid' },
  Crime: { label: 'Crime', plural: 'Crimes', colour: '#B2182B', shape: 'triangle' },
  Situation: { label: 'Situation', plural: 'Situations', colour: '#6A3D9A', shape: 'star' },
  Event: { label: 'Event', plural: 'Events', colour: '#8C6D31', shape: 'pentagon' },
  RiskFactor: { label: 'Risk factor', plural: 'Risk factors', colour: '#555555', shape: 'vee' },
};

export const KIND_ORDER = Object.keys(KINDS) as Kind[];

export function isKind(value: string): value is Kind {
  return value in KINDS;
}

export function kindLabel(kind: string): string {
  return isKind(kind) ? KINDS[kind].label : kind;
}

/** SVG points (in a 20×20 box) of each shape, so the legend draws what the canvas draws. */
export const SHAPE_POINTS: Record<KindStyle['shape'], string | null> = {
  'round-rectangle': null,
  ellipse: null,
  rectangle: '2,4 18,4 18,16 2,16',
  octagon: '7,2 13,2 18,7 18,13 13,18 7,18 2,13 2,7',
  hexagon: '5,2 15,2 19,10 15,18 5,18 1,10',
  diamond: '10,1 19,10 10,19 1,10',
  rhomboid: '5,4 19,4 15,16 1,16',
  triangle: '10,2 19,18 1,18',
  star: '10,1 12.6,7 19,7.3 14,11.5 15.6,18 10,14.5 4.4,18 6,11.5 1,7.3 7.4,7',
  pentagon: '10,1 19,8 15.5,19 4.5,19 1,8',
  vee: '1,2 10,8 19,2 10,19',
};
