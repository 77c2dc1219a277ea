// Quote matching (lib/sourcing/quote.ts): a quote is verbatim up to white space, quote
// marks, dashes and soft hyphens; offsets point into the original text.
import { describe, expect, it } from 'vitest';
import { findAllQuotes, findQuote, normalizeForQuote, paragraphAt, paragraphs, quoteOccurs } from '@/lib/sourcing/quote';

const text = 'Eerste alinea over  draagvlak.\n\n  Tweede alinea: “welvaarts-\nchauvinisme” is een\n\tkeuze.\n \nDerde – en laatste – alinea.\n';

describe('normalizeForQuote', () => {
  it('collapses white space, folds quote marks and dashes, trims the ends', () => {
    expect(normalizeForQuote('  een\n\t“citaat”  –  ‘hier’ ')).toBe('een "citaat" - \'hier\'');
    expect(normalizeForQuote('zacht\u00ADkoppel')).toBe('zachtkoppel');
  });
  it('keeps case and words: a changed word is not the same quote', () => {
    expect(normalizeForQuote('Draagvlak')).not.toBe(normalizeForQuote('draagvlak'));
  });
});

describe('findQuote', () => {
  it('finds a quote across a line break and a double space, with offsets in the original text', () => {
    const at = findQuote(text, 'over draagvlak.');
    expect(at).not.toBeNull();
    expect(text.slice(at!.start, at!.end)).toBe('over  draagvlak.');
  });
  it('treats straight and curly quotes, and en dashes and hyphens, as the same', () => {
    const at = findQuote(text, '"welvaarts- chauvinisme" is een keuze.');
    expect(text.slice(at!.start, at!.end)).toBe('“welvaarts-\nchauvinisme” is een\n\tkeuze.');
    expect(quoteOccurs(text, 'Derde - en laatste - alinea')).toBe(true);
  });
  it('refuses a quote with a word changed, added or missing', () => {
    expect(findQuote(text, 'over het draagvlak')).toBeNull();
    expect(findQuote(text, 'Eerste alinea draagvlak')).toBeNull();
    expect(findQuote(text, 'is een bewuste keuze')).toBeNull();
  });
  it('finds nothing for an empty or blank quote', () => {
    expect(findQuote(text, '')).toBeNull();
    expect(findQuote(text, ' \n ')).toBeNull();
  });
  it('lists every occurrence in order', () => {
    const all = findAllQuotes('ja en ja en ja', 'ja');
    expect(all.map((r) => r.start)).toEqual([0, 6, 12]);
  });
});

describe('paragraphs', () => {
  it('are blocks between blank lines (white-space-only lines count as blank)', () => {
    const list = paragraphs(text);
    expect(list.map((p) => text.slice(p.start, p.end))).toEqual([
      'Eerste alinea over  draagvlak.',
      'Tweede alinea: “welvaarts-\nchauvinisme” is een\n\tkeuze.',
      'Derde – en laatste – alinea.',
    ]);
  });
  it('number a quote by the paragraph it starts in, counting from 1', () => {
    expect(paragraphAt(text, findQuote(text, 'draagvlak')!.start)).toBe(1);
    expect(paragraphAt(text, findQuote(text, 'chauvinisme')!.start)).toBe(2);
    expect(paragraphAt(text, findQuote(text, 'laatste')!.start)).toBe(3);
    // between paragraphs: the next one
    expect(paragraphAt(text, text.indexOf('\n\n') + 1)).toBe(2);
  });
  it('handle text without blank lines and empty text', () => {
    expect(paragraphs('één blok\nmet twee regels')).toHaveLength(1);
    expect(paragraphs('')).toEqual([]);
    expect(paragraphAt('', 0)).toBe(1);
  });
});
