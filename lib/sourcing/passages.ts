// What the reader (components/sourcing/SourceReader.tsx) draws: a source's text cut
// into paragraphs, and each paragraph into runs that are cited by the same citations.
// Pure and client-safe; offsets are character offsets in the stored text, the same
// ones citation locators carry.
import type { Citation } from '@/lib/argument/model';
import { findQuote, paragraphs } from './quote';

export interface TextRange {
  start: number;
  end: number;
}

export interface Paragraph extends TextRange {
  /** 1-based, as in a citation's locator */
  n: number;
}

export interface Run extends TextRange {
  /** the citations whose passage covers this run; empty for uncited text */
  citationIds: string[];
}

/** The text's paragraphs, numbered as lib/sourcing/quote.ts numbers them for locators. */
export function paragraphRanges(text: string): Paragraph[] {
  return paragraphs(text).map((p, k) => ({ start: p.start, end: p.end, n: k + 1 }));
}

/**
 * Where each citation's passage is in the text: at its locator's offsets when they are
 * valid and it is not flagged as a mismatch, else at the quote's first occurrence (a
 * citation made before the text was stored). Citations whose quote is not in the text
 * have no passage.
 */
export function citationRanges(text: string, citations: readonly Citation[]): Map<string, TextRange> {
  const out = new Map<string, TextRange>();
  for (const c of citations) {
    if (c.quoteStatus === 'mismatch') continue;
    const { start, end } = c.locator;
    if (c.quoteStatus === 'verified' && start !== undefined && end !== undefined && start >= 0 && start < end && end <= text.length) {
      out.set(c.id, { start, end });
      continue;
    }
    const found = findQuote(text, c.quote);
    if (found) out.set(c.id, found);
  }
  return out;
}

/** A paragraph cut at every boundary of a cited passage inside it. */
export function runsOf(paragraph: TextRange, passages: ReadonlyMap<string, TextRange>): Run[] {
  const cuts = new Set([paragraph.start, paragraph.end]);
  const inside: [string, TextRange][] = [];
  for (const [id, r] of passages) {
    if (r.end <= paragraph.start || r.start >= paragraph.end) continue;
    inside.push([id, r]);
    cuts.add(Math.max(r.start, paragraph.start));
    cuts.add(Math.min(r.end, paragraph.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const runs: Run[] = [];
  for (let k = 0; k + 1 < points.length; k++) {
    const start = points[k];
    const end = points[k + 1];
    const citationIds = inside.filter(([, r]) => r.start <= start && r.end >= end).map(([id]) => id);
    const last = runs[runs.length - 1];
    // neighbouring runs with the same citations are one run
    if (last && last.citationIds.join() === citationIds.join()) last.end = end;
    else runs.push({ start, end, citationIds });
  }
  return runs;
}

/** A selection without the white space at its ends; null when nothing is left. */
export function trimRange(text: string, start: number, end: number): TextRange | null {
  let s = Math.max(0, Math.min(start, end));
  let e = Math.min(text.length, Math.max(start, end));
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  return e > s ? { start: s, end: e } : null;
}

/** The 1-based number of the paragraph an offset falls in (or the next one, between paragraphs). */
export function paragraphNumberAt(list: readonly Paragraph[], offset: number): number {
  for (const p of list) if (offset < p.end) return p.n;
  return list.length ? list[list.length - 1].n : 1;
}
