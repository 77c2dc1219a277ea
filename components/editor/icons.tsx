// Icons that say what a thing is without colour: each kind has its own shape.
import type { NodeKind } from '@/lib/argument/model';
import { KIND_ICON, PAPERCLIP_ICON, RELATION_STYLE, SOURCING_GLYPH as GLYPHS, type IconPart } from '@/lib/render/style';

function IconParts({ parts }: { parts: IconPart[] }) {
  return (
    <>
      {parts.map((p) =>
        p.fill ? (
          <path key={p.d} d={p.d} fill="currentColor" />
        ) : (
          <path key={p.d} d={p.d} fill="none" stroke="currentColor" strokeWidth={p.width ?? 2} strokeLinecap={p.round ? 'round' : undefined} strokeLinejoin={p.round ? 'round' : undefined} />
        ),
      )}
    </>
  );
}

export function KindIcon({ kind, size = 16 }: { kind: NodeKind; size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 24 24" aria-hidden="true" focusable="false" className="kind-icon">
      <IconParts parts={KIND_ICON[kind]} />
    </svg>
  );
}

export function PaperclipIcon() {
  return (
    <svg width="12" height="12" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <IconParts parts={PAPERCLIP_ICON} />
    </svg>
  );
}

/** A glyph per sourcing status, so it reads without colour: filled, half, empty. */
export const SOURCING_GLYPH = GLYPHS;

/** A glyph per relation type, used on edge labels and in the legend. */
export const RELATION_GLYPH = {
  SUPPORTS: RELATION_STYLE.SUPPORTS.glyph,
  REBUTS: RELATION_STYLE.REBUTS.glyph,
  UNDERCUTS: RELATION_STYLE.UNDERCUTS.glyph,
  ANSWERS: RELATION_STYLE.ANSWERS.glyph,
} as const;
