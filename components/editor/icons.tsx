// Icons that say what a thing is without colour: each kind has its own shape.
import type { NodeKind } from '@/lib/argument/model';

const paths: Record<NodeKind, React.ReactNode> = {
  // a question mark in a circle
  QUESTION: (
    <>
      <circle cx="12" cy="12" r="10" fill="none" stroke="currentColor" strokeWidth="2" />
      <path d="M9.2 9.2a2.9 2.9 0 1 1 4.3 2.5c-.9.5-1.5 1.1-1.5 2.1v.7" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      <circle cx="12" cy="17.6" r="1.3" fill="currentColor" />
    </>
  ),
  // a speech balloon: something asserted
  CLAIM: (
    <path d="M4 4h16a1 1 0 0 1 1 1v10a1 1 0 0 1-1 1h-9l-5 4v-4H4a1 1 0 0 1-1-1V5a1 1 0 0 1 1-1z" fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round" />
  ),
  // a signpost arrow: something to do
  PROPOSAL: (
    <>
      <path d="M3 8h12l5 4-5 4H3z" fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round" />
      <path d="M7 16v5" stroke="currentColor" strokeWidth="2" />
    </>
  ),
  // a document with lines: a sourced fact
  EVIDENCE: (
    <>
      <path d="M6 2h9l4 4v16H6z" fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round" />
      <path d="M9 10h7M9 14h7M9 18h5" stroke="currentColor" strokeWidth="2" />
    </>
  ),
};

export function KindIcon({ kind, size = 16 }: { kind: NodeKind; size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 24 24" aria-hidden="true" focusable="false" className="kind-icon">
      {paths[kind]}
    </svg>
  );
}

export function PaperclipIcon() {
  return (
    <svg width="12" height="12" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d="M8 12l6-6a3 3 0 1 1 4 4l-8 8a5 5 0 0 1-7-7l8-8" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />
    </svg>
  );
}

/** A glyph per sourcing status, so it reads without colour: filled, half, empty. */
export const SOURCING_GLYPH = { sourced: '●', backed: '◐', unsourced: '○' } as const;

/** A glyph per relation type, used on edge labels and in the legend. */
export const RELATION_GLYPH = { SUPPORTS: '+', REBUTS: '−', UNDERCUTS: '⊘', ANSWERS: '↳' } as const;
