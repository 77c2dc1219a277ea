// How a citation's quote status is shown (domain.md, "Sourcing"). The server's status
// says what it checked against a stored text; a source without a stored text may still
// carry the fingerprint of the text its quotes were taken from (the demo map's do, with
// each quote's offsets in it): such a quote was checked against the original text by
// the map's author, which is said as such, never as "verified" here. Pure and client-safe.
import type { Citation, Source } from '@/lib/argument/model';

export type QuoteDisplay = 'verified' | 'mismatch' | 'unchecked' | 'pending' | 'original';

/** A SHA-256 in hex, as a source's fingerprint is written. */
export const FINGERPRINT_PATTERN = /^[0-9a-f]{64}$/;

/** Whether the quote was checked against the original text whose fingerprint the source carries (and that is not stored here). */
export function checkedAgainstOriginal(c: Pick<Citation, 'locator' | 'quoteStatus'>, source: Pick<Source, 'hasText' | 'fingerprint'> | undefined): boolean {
  const { start, end } = c.locator;
  return (
    (c.quoteStatus ?? 'unchecked') === 'unchecked' &&
    !!source &&
    !source.hasText &&
    FINGERPRINT_PATTERN.test(source.fingerprint ?? '') &&
    Number.isInteger(start) &&
    Number.isInteger(end) &&
    (start as number) < (end as number)
  );
}

/** The status to show: the server's; "pending" for a citation it has not answered for yet; "original" as above. */
export function quoteDisplay(c: Pick<Citation, 'locator' | 'quoteStatus'>, source: Pick<Source, 'hasText' | 'fingerprint'> | undefined): QuoteDisplay {
  if (checkedAgainstOriginal(c, source)) return 'original';
  return c.quoteStatus ?? (source?.hasText ? 'pending' : 'unchecked');
}
