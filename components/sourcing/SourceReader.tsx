'use client';
// A source's stored text, with the passages its citations quote highlighted. Selecting
// a passage offers "create evidence from this passage" and "cite on the selected node"
// (the caller decides what they do, through callbacks); clicking a highlight reports
// the nodes that cite it; scrollToCitation(id), through the ref, brings a citation's
// passage into view. Used on the sources page, and meant for beside the canvas.
//
// Offsets: every piece of text is rendered in an element carrying its offset in the
// stored text (data-o), including the blank lines between paragraphs (hidden), so a
// selection maps back to exact character offsets, the ones citation locators carry.
import { useCallback, useEffect, useId, useImperativeHandle, useMemo, useRef, useState, type Ref } from 'react';
import type { Citation } from '@/lib/argument/model';
import { LIMITS } from '@/lib/api/schemas';
import type { Messages } from '@/lib/i18n/messages';
import { citationRanges, paragraphNumberAt, paragraphRanges, runsOf, trimRange, type Paragraph, type TextRange } from '@/lib/sourcing/passages';
import './reader.css';
import { fill } from '@/lib/i18n/fill';

export interface ReaderPassage {
  quote: string;
  start: number;
  end: number;
  /** 1-based paragraph number, as in a citation's locator */
  paragraph: number;
}

export interface SourceReaderHandle {
  /** Scrolls the citation's passage into view and marks it; false when it has no passage in this text. */
  scrollToCitation(citationId: string): boolean;
}

export interface SourceReaderProps {
  /** the source's stored text */
  text: string;
  /** the citations of this source (others are ignored) */
  citations: readonly Citation[];
  t: Messages['sourcing']['reader'];
  /** node titles by id, for the highlights' descriptions */
  nodeTitles?: ReadonlyMap<string, string>;
  /** whether the passage actions are offered at all (editors) */
  canEdit?: boolean;
  /** the title of the node "cite on the selected node" would cite on; null: none selected */
  selectedNodeTitle?: string | null;
  onCreateEvidence?: (passage: ReaderPassage) => void;
  onCiteOnSelectedNode?: (passage: ReaderPassage) => void;
  /** a highlight was clicked: the nodes whose citations quote that passage */
  onSelectNodes?: (nodeIds: string[]) => void;
  ref?: Ref<SourceReaderHandle>;
  /** the text's language tag (e.g. nl), for hyphenation and screen readers */
  language?: string;
  className?: string;
}

/** The offset in the stored text of a DOM point inside the reader's text. */
function offsetOfPoint(root: HTMLElement, node: Node, offset: number): number | null {
  if (!root.contains(node)) return null;
  const base = (el: Element | null) => (el?.hasAttribute('data-o') ? Number(el.getAttribute('data-o')) : null);
  if (node.nodeType === Node.TEXT_NODE) {
    const o = base(node.parentElement);
    if (o !== null) return o + offset;
  } else if (node instanceof Element) {
    const own = base(node);
    if (own !== null) return own + (offset > 0 ? (node.textContent ?? '').length : 0);
    // a point between children: the start of the next piece of text, or the end of the previous one
    const next = node.childNodes[offset];
    const firstIn = (n: Node | undefined): Element | null =>
      !n ? null : n instanceof Element ? (n.hasAttribute('data-o') ? n : n.querySelector('[data-o]')) : base(n.parentElement) !== null ? n.parentElement : null;
    const after = firstIn(next);
    if (after) return base(after);
    const prev = node.childNodes[offset - 1];
    if (prev instanceof Element) {
      const all = prev.hasAttribute('data-o') ? [prev] : [...prev.querySelectorAll('[data-o]')];
      const last = all[all.length - 1];
      if (last) return base(last)! + (last.textContent ?? '').length;
    }
  }
  // anything else: count the characters before the point
  const r = document.createRange();
  r.selectNodeContents(root);
  r.setEnd(node, offset);
  return r.toString().length;
}

export function SourceReader({
  text,
  citations,
  t,
  nodeTitles,
  canEdit = false,
  selectedNodeTitle = null,
  onCreateEvidence,
  onCiteOnSelectedNode,
  onSelectNodes,
  ref,
  language,
  className,
}: SourceReaderProps) {
  const id = useId();
  const textRef = useRef<HTMLDivElement>(null);
  const [passage, setPassage] = useState<ReaderPassage | null>(null);
  const [active, setActive] = useState<string | null>(null);

  const paragraphs = useMemo(() => paragraphRanges(text), [text]);
  const passages = useMemo(() => citationRanges(text, citations), [text, citations]);
  const nodeOf = useMemo(() => new Map(citations.map((c) => [c.id, c.nodeId])), [citations]);

  // the text between paragraphs (blank lines), kept in the DOM so offsets stay exact
  const gaps = useMemo(() => {
    const out: TextRange[] = [];
    let at = 0;
    for (const p of paragraphs) {
      out.push({ start: at, end: p.start });
      at = p.end;
    }
    out.push({ start: at, end: text.length });
    return out;
  }, [paragraphs, text.length]);

  const readSelection = useCallback(() => {
    const root = textRef.current;
    const sel = typeof window !== 'undefined' ? window.getSelection() : null;
    if (!root || !sel || sel.rangeCount === 0) return;
    const range = sel.getRangeAt(0);
    const inside = root.contains(range.startContainer) && root.contains(range.endContainer);
    if (range.collapsed || !inside) {
      // a click in the text clears the passage; a click on a button elsewhere keeps it
      if (range.collapsed && root.contains(range.startContainer)) setPassage(null);
      return;
    }
    const a = offsetOfPoint(root, range.startContainer, range.startOffset);
    const b = offsetOfPoint(root, range.endContainer, range.endOffset);
    if (a === null || b === null) return;
    const r = trimRange(text, a, b);
    if (!r) return setPassage(null);
    setPassage({ quote: text.slice(r.start, r.end), start: r.start, end: r.end, paragraph: paragraphNumberAt(paragraphs, r.start) });
  }, [text, paragraphs]);

  // While the mouse (or a finger) is dragging a selection, nothing on the page may change
  // its layout: the passage is read when the drag ends. (Showing it during the drag made
  // the box above the text grow and push the text down under the pointer, so the drag
  // selected other words than the ones dragged over.) Keyboard selections are read as
  // they change.
  useEffect(() => {
    let frame = 0;
    let dragging = false;
    const onChange = () => {
      if (dragging) return;
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(readSelection);
    };
    const onDown = (e: PointerEvent) => {
      if (e.button === 0 && textRef.current?.contains(e.target as Node)) dragging = true;
    };
    const onUp = () => {
      if (!dragging) return;
      dragging = false;
      onChange();
    };
    document.addEventListener('selectionchange', onChange);
    document.addEventListener('pointerdown', onDown, true);
    document.addEventListener('pointerup', onUp, true);
    document.addEventListener('pointercancel', onUp, true);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('selectionchange', onChange);
      document.removeEventListener('pointerdown', onDown, true);
      document.removeEventListener('pointerup', onUp, true);
      document.removeEventListener('pointercancel', onUp, true);
    };
  }, [readSelection]);

  // a new text: an old selection means nothing in it
  useEffect(() => setPassage(null), [text]);

  const scrollToCitation = useCallback((citationId: string) => {
    const root = textRef.current;
    if (!root || !passages.has(citationId)) return false;
    const mark = root.querySelector<HTMLElement>(`mark[data-citations~="${CSS.escape(citationId)}"]`);
    if (!mark) return false;
    setActive(citationId);
    mark.scrollIntoView({ block: 'center', behavior: 'auto' });
    mark.focus({ preventScroll: true });
    return true;
  }, [passages]);
  useImperativeHandle(ref, () => ({ scrollToCitation }), [scrollToCitation]);

  const clear = () => {
    setPassage(null);
    window.getSelection()?.removeAllRanges();
  };
  const act = (fn: ((p: ReaderPassage) => void) | undefined) => {
    if (!passage || !fn) return;
    fn(passage);
    clear();
  };

  const highlightLabel = (ids: string[]) =>
    fill(t.highlight, { titles: [...new Set(ids.map((c) => nodeTitles?.get(nodeOf.get(c) ?? '') ?? '…'))].map((s) => `„${s}”`).join(', ') });
  const selectFromMark = (ids: string[]) => {
    setActive(ids[0] ?? null);
    onSelectNodes?.([...new Set(ids.map((c) => nodeOf.get(c)).filter((n): n is string => !!n))]);
  };

  const tooLong = passage !== null && passage.quote.length > LIMITS.quote;
  const renderParagraph = (p: Paragraph) => (
    <p key={p.start} className="reader-paragraph" data-n={p.n} id={`${id}-p${p.n}`} aria-label={fill(t.paragraphMark, { n: p.n })}>
      {runsOf(p, passages).map((run) => {
        const piece = text.slice(run.start, run.end);
        if (!run.citationIds.length) return <span key={run.start} data-o={run.start}>{piece}</span>;
        const label = highlightLabel(run.citationIds);
        return (
          <mark
            key={run.start}
            data-o={run.start}
            data-citations={run.citationIds.join(' ')}
            className={active && run.citationIds.includes(active) ? 'reader-mark active' : 'reader-mark'}
            role="button"
            tabIndex={0}
            title={label}
            aria-label={`${piece} (${label})`}
            onClick={() => {
              // a click that ends a selection is a selection, not a click on the highlight
              if (window.getSelection()?.isCollapsed === false) return;
              selectFromMark(run.citationIds);
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter' || e.key === ' ') {
                e.preventDefault();
                selectFromMark(run.citationIds);
              }
            }}
          >
            {piece}
          </mark>
        );
      })}
    </p>
  );

  return (
    <section className={`source-reader${className ? ` ${className}` : ''}`} aria-labelledby={`${id}-h`} data-testid="source-reader">
      <h3 id={`${id}-h`} className="visually-hidden">{t.label}</h3>
      <div ref={textRef} className="reader-text" data-testid="reader-text" lang={language || undefined}>
        {paragraphs.map((p, k) => (
          <FragmentWithGap key={p.start} gap={gaps[k]} text={text}>
            {renderParagraph(p)}
          </FragmentWithGap>
        ))}
        {gaps[paragraphs.length] && gaps[paragraphs.length].end > gaps[paragraphs.length].start && (
          <span hidden data-o={gaps[paragraphs.length].start}>{text.slice(gaps[paragraphs.length].start, gaps[paragraphs.length].end)}</span>
        )}
      </div>
      <div className="reader-actions" role="region" aria-live="polite" aria-label={t.selection}>
        {passage ? (
          <>
            <p className="reader-selection" data-testid="reader-selection">
              <span className="hint">{t.selection} ({fill(t.paragraphMark, { n: passage.paragraph })}): </span>
              <q>{passage.quote.length > 160 ? `${passage.quote.slice(0, 157)}…` : passage.quote}</q>
            </p>
            {tooLong && <p className="error">{fill(t.tooLong, { n: LIMITS.quote })}</p>}
            {canEdit && (
              <div className="reader-buttons" onMouseDown={(e) => e.preventDefault()}>
                {onCreateEvidence && (
                  <button type="button" disabled={tooLong} onClick={() => act(onCreateEvidence)}>
                    {t.createEvidence}
                  </button>
                )}
                {onCiteOnSelectedNode && (
                  <button type="button" className="secondary" disabled={tooLong || !selectedNodeTitle} title={selectedNodeTitle ? undefined : t.noSelectedNode} onClick={() => act(onCiteOnSelectedNode)}>
                    {selectedNodeTitle ? fill(t.citeOnSelectedNamed, { title: selectedNodeTitle.length > 50 ? `${selectedNodeTitle.slice(0, 47)}…` : selectedNodeTitle }) : t.citeOnSelected}
                  </button>
                )}
                <button type="button" className="secondary" onClick={clear}>
                  {t.clearSelection}
                </button>
              </div>
            )}
          </>
        ) : (
          <p className="hint">{t.help}</p>
        )}
      </div>
    </section>
  );
}

/** A paragraph preceded by the (hidden) text that separates it from the previous one. */
function FragmentWithGap({ gap, text, children }: { gap: TextRange; text: string; children: React.ReactNode }) {
  return (
    <>
      {gap.end > gap.start && (
        <span hidden data-o={gap.start}>
          {text.slice(gap.start, gap.end)}
        </span>
      )}
      {children}
    </>
  );
}
