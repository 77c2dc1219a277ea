// The quote check (domain.md, "Sourcing"): where a source's text is stored, a
// citation's quote must occur in it, whitespace- and quote-mark-normalized
// (lib/sourcing/quote.ts decides what matches). A verified citation's locator gets the
// quote's character offsets in the stored text and its paragraph number. When the text
// changes, every citation of the source is checked again: one whose quote is gone is
// flagged as a mismatch, never kept as verified. Pure: lib/server/sourcing/text-route.ts runs it
// inside the write transaction.
import type { Citation, Locator, QuoteStatus } from '@/lib/argument/model';
import type { Change } from '@/lib/argument/operations';
import { findQuote, normalizeForQuote, paragraphAt } from './quote';

export interface QuoteCheck {
  status: QuoteStatus;
  locator: Locator;
}

const withoutOffsets = ({ start: _start, end: _end, ...rest }: Locator): Locator => rest;

/**
 * Where the quote is in the text: at the offsets the locator already gives, when they
 * hold the quote (a reader selection picks one of several occurrences), else at its
 * first occurrence.
 */
export function locateInText(text: string, quote: string, locator: Locator = {}): { start: number; end: number } | null {
  if (normalizeForQuote(quote) === '') return null;
  const { start, end } = locator;
  if (start !== undefined && end !== undefined && start >= 0 && start < end && end <= text.length) {
    if (normalizeForQuote(text.slice(start, end)) === normalizeForQuote(quote)) return { start, end };
  }
  return findQuote(text, quote);
}

/** Checks one quote against a source's text (null: the source has no stored text). */
export function checkQuote(text: string | null | undefined, quote: string, locator: Locator = {}): QuoteCheck {
  if (text == null) return { status: 'unchecked', locator };
  const at = locateInText(text, quote, locator);
  if (!at) return { status: 'mismatch', locator: withoutOffsets(locator) };
  return { status: 'verified', locator: { ...locator, start: at.start, end: at.end, paragraph: paragraphAt(text, at.start) } };
}

/** A citation written with a quote its source's text does not contain. */
export class QuoteNotInSourceError extends Error {
  constructor(
    readonly opIndex: number,
    readonly citation: Citation,
  ) {
    super(
      `The quote "${citation.quote.length > 80 ? `${citation.quote.slice(0, 77)}…` : citation.quote}" does not occur in the stored text of source ${citation.sourceId}; copy it verbatim from the text.`,
    );
  }
}

const sameLocator = (a: Locator, b: Locator) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The citation changes of a batch, checked against their sources' texts (by source id;
 * a source without an entry has no stored text). Each created or updated citation gets
 * its status and locator. A citation created, or updated to a new quote or source,
 * whose quote is not in the text is refused; one updated otherwise keeps being flagged.
 * Returns the changes with the checked citations in place of the written ones.
 */
export function checkCitationChanges(changes: readonly Change[], texts: ReadonlyMap<string, string>): Change[] {
  return changes.map((change) => {
    if (change.entity !== 'citation' || !change.after) return change;
    const after = change.after as Citation;
    const before = change.before as Citation | null;
    const text = texts.get(after.sourceId);
    const { status, locator } = checkQuote(text, after.quote, after.locator);
    const rewritten = change.kind === 'created' || !before || before.quote !== after.quote || before.sourceId !== after.sourceId;
    if (status === 'mismatch' && rewritten) throw new QuoteNotInSourceError(change.opIndex, after);
    return { ...change, after: { ...after, quoteStatus: status, locator } };
  });
}

/**
 * The citations of a source whose text was set (or removed: null), checked again.
 * Returns only those whose status or locator changed, with their version advanced.
 */
export function recheckCitations(text: string | null, citations: readonly Citation[]): { before: Citation; after: Citation }[] {
  const changed: { before: Citation; after: Citation }[] = [];
  for (const c of citations) {
    const { status, locator } = checkQuote(text, c.quote, c.locator);
    if (status === (c.quoteStatus ?? 'unchecked') && sameLocator(locator, c.locator)) continue;
    changed.push({ before: c, after: { ...c, quoteStatus: status, locator, version: c.version + 1 } });
  }
  return changed;
}
