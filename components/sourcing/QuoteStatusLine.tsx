'use client';
// A citation's quote status as a line of text, for the editor's side panel and the
// source library: the server's status ("found in the text", …), or, for a source that
// carries the fingerprint of the original text its quotes were checked against but
// does not store it (the demo map's documents), "checked against the original text (not
// stored here)" with a link to where the original can be found.
import type { Citation, Source } from '@/lib/argument/model';
import type { Messages } from '@/lib/i18n/messages';
import { quoteDisplay, type QuoteDisplay } from '@/lib/sourcing/fingerprint';

const GLYPH: Record<QuoteDisplay, string> = { verified: '✓', original: '✓', mismatch: '⚠', unchecked: '?', pending: '…' };

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

export function QuoteStatusLine({
  citation,
  source,
  ts,
  label,
  pendingText,
  glyph = false,
  testId,
  className = '',
}: {
  citation: Pick<Citation, 'locator' | 'quoteStatus'>;
  source: Pick<Source, 'hasText' | 'fingerprint' | 'url'> | undefined;
  ts: Messages['sourcing'];
  /** "Quote" before the status (the side panel's form), or nothing */
  label?: string;
  pendingText?: string;
  glyph?: boolean;
  testId: string;
  className?: string;
}) {
  const status = quoteDisplay(citation, source);
  const text = status === 'original' ? ts.original.checked : status === 'pending' ? (pendingText ?? ts.status.unchecked) : ts.status[status];
  return (
    <span className={`quote-status ${status} ${className}`.trim()} data-testid={testId} data-status={status}>
      {glyph && (
        <span aria-hidden="true" className="quote-glyph">
          {GLYPH[status]}
        </span>
      )}
      {glyph && ' '}
      {label ? `${label}: ${text}` : text}
      {status === 'original' && source?.url ? (
        <>
          {' · '}
          <a href={source.url} rel="noreferrer noopener" target="_blank" data-testid="original-link">
            {ts.original.at.replace('{url}', hostOf(source.url))}
          </a>
        </>
      ) : null}
    </span>
  );
}
