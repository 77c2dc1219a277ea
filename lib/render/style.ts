// How a map looks, as data: the colours, borders and icons of each kind, the strokes and
// arrowheads of each relation, the sourcing badges. The canvas (components/editor) and
// the exports (lib/render/svg.ts) draw from these, so they look the same.
import type { NodeKind, RelationType, SourcingStatus } from '@/lib/argument/model';

export interface KindStyle {
  fill: string;
  stroke: string;
  /** the icon and kind word */
  accent: string;
  /** border width; EVIDENCE has a thicker left border */
  border: number;
  borderLeft: number;
  radius: number;
  /** QUESTION: a double border; PROPOSAL: dashed, with two sharp corners */
  line: 'solid' | 'double' | 'dashed';
}

export const KIND_STYLE: Record<NodeKind, KindStyle> = {
  QUESTION: { fill: '#e9f0fb', stroke: '#2f5f9e', accent: '#1f4a80', border: 4, borderLeft: 4, radius: 14, line: 'double' },
  CLAIM: { fill: '#ffffff', stroke: '#55554f', accent: '#1d1d1b', border: 2, borderLeft: 2, radius: 8, line: 'solid' },
  PROPOSAL: { fill: '#fdf3e1', stroke: '#8a5300', accent: '#6e4300', border: 2, borderLeft: 2, radius: 16, line: 'dashed' },
  EVIDENCE: { fill: '#eaf6ed', stroke: '#2b7a3f', accent: '#1f5e2f', border: 2, borderLeft: 9, radius: 3, line: 'solid' },
};

/** One stroke or filled shape of an icon, in a 24×24 box. */
export interface IconPart {
  d: string;
  fill?: boolean;
  width?: number;
  round?: boolean;
}

const circle = (cx: number, cy: number, r: number) => `M${cx - r} ${cy}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0z`;

/** Each kind has its own shape, so it reads without colour. */
export const KIND_ICON: Record<NodeKind, IconPart[]> = {
  // a question mark in a circle
  QUESTION: [
    { d: circle(12, 12, 10) },
    { d: 'M9.2 9.2a2.9 2.9 0 1 1 4.3 2.5c-.9.5-1.5 1.1-1.5 2.1v.7', round: true },
    { d: circle(12, 17.6, 1.3), fill: true },
  ],
  // a speech balloon: something asserted
  CLAIM: [{ d: 'M4 4h16a1 1 0 0 1 1 1v10a1 1 0 0 1-1 1h-9l-5 4v-4H4a1 1 0 0 1-1-1V5a1 1 0 0 1 1-1z', round: true }],
  // a signpost arrow: something to do
  PROPOSAL: [{ d: 'M3 8h12l5 4-5 4H3z', round: true }, { d: 'M7 16v5' }],
  // a document with lines: a sourced fact
  EVIDENCE: [{ d: 'M6 2h9l4 4v16H6z', round: true }, { d: 'M9 10h7M9 14h7M9 18h5' }],
};

export const PAPERCLIP_ICON: IconPart[] = [{ d: 'M8 12l6-6a3 3 0 1 1 4 4l-8 8a5 5 0 0 1-7-7l8-8', width: 2.2, round: true }];

export interface RelationStyle {
  stroke: string;
  width: number;
  /** the label's text colour and border */
  label: string;
  labelBorder: 'solid' | 'dashed' | 'dotted';
  labelBorderWidth: number;
  glyph: string;
}

// no dash patterns on the strokes: types differ by colour, width, arrowhead and glyph
export const RELATION_STYLE: Record<RelationType, RelationStyle> = {
  SUPPORTS: { stroke: '#2b7a3f', width: 2, label: '#1f5e2f', labelBorder: 'solid', labelBorderWidth: 1, glyph: '+' },
  REBUTS: { stroke: '#b3261e', width: 2.5, label: '#8f1d17', labelBorder: 'dashed', labelBorderWidth: 1, glyph: '−' },
  UNDERCUTS: { stroke: '#6a3d9a', width: 1.5, label: '#5a3386', labelBorder: 'dotted', labelBorderWidth: 1, glyph: '⊘' },
  ANSWERS: { stroke: '#2f5f9e', width: 3.5, label: '#1f4a80', labelBorder: 'solid', labelBorderWidth: 2, glyph: '↳' },
};

/** An arrowhead part, in a 12×12 box whose point is at (11, 6). */
export interface MarkerPart {
  d: string;
  fill: 'stroke' | 'white' | 'none';
  width: number;
}

export const MARKER: Record<RelationType, MarkerPart[]> = {
  SUPPORTS: [{ d: 'M1 1 L11 6 L1 11 Z', fill: 'stroke', width: 1 }],
  // a hollow head behind a bar: an attack
  REBUTS: [
    { d: 'M1 2 L9 6 L1 10 Z', fill: 'white', width: 1.6 },
    { d: 'M11 0.5 L11 11.5', fill: 'none', width: 2 },
  ],
  // an open chevron: "does not follow"
  UNDERCUTS: [{ d: 'M2 1 L11 6 L2 11', fill: 'none', width: 2 }],
  ANSWERS: [{ d: 'M1 1 L11 6 L1 11 Z', fill: 'stroke', width: 1 }],
};
/** Arrowheads are drawn 14 px long (markerWidth 14 over a 12-unit box). */
export const MARKER_SIZE = 14;

/** A glyph per sourcing status, so it reads without colour: filled, half, empty. */
export const SOURCING_GLYPH = { sourced: '●', backed: '◐', unsourced: '○' } as const satisfies Record<SourcingStatus, string>;

export const BADGE_STYLE: Record<SourcingStatus, { fill: string; stroke: string; text: string; dashed: boolean }> = {
  sourced: { fill: '#1d1d1b', stroke: '#1d1d1b', text: '#ffffff', dashed: false },
  backed: { fill: '#ffffff', stroke: '#55554f', text: '#1d1d1b', dashed: false },
  unsourced: { fill: '#ffffff', stroke: '#55554f', text: '#4a4a45', dashed: true },
};

export const TEXT_COLOUR = '#1d1d1b';
export const FONT_FAMILY = 'Inter';
/** what the SVG asks for: the renderer's font first, then what any machine has */
export const FONT_STACK = "Inter, 'DejaVu Sans', Arial, sans-serif";
