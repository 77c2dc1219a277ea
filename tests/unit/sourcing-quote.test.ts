// Quote matching (lib/sourcing/quote.ts): a quote is verbatim up to white space, quote
// marks, dashes and soft hyphens; offsets point into the original text.
import { describe, expect, it } from 'vitest';
import type { Citation } from '@/lib/argument/model';
import { checkCitationChanges, checkQuote, QuoteNotInSourceError, recheckCitations } from '@/lib/sourcing/check';
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
  it('matches a quote copied in decomposed form (NFD) against the stored, composed text', () => {
    const stored = 'Een café in de stad.';
    const at = findQuote(stored, 'cafe\u0301 in de stad');
    expect(at).not.toBeNull();
    expect(stored.slice(at!.start, at!.end)).toBe('café in de stad');
  });
  it('finds nothing for a quote of invisible characters only', () => {
    expect(findQuote(text, '\u00AD')).toBeNull();
    expect(normalizeForQuote('\u00AD \u200B')).toBe('');
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

describe('the quote check (lib/sourcing/check.ts)', () => {
  const citation = (quote: string, extra: Partial<Citation> = {}): Citation => ({ id: 'c1', nodeId: 'n1', sourceId: 's1', quote, locator: {}, version: 1, ...extra });

  it('verifies a quote with its offsets and paragraph, and leaves a source without text unchecked', () => {
    const r = checkQuote(text, '"welvaarts- chauvinisme" is een keuze.', { page: '3' });
    expect(r.status).toBe('verified');
    expect(r.locator).toMatchObject({ page: '3', paragraph: 2 });
    expect(text.slice(r.locator.start!, r.locator.end!)).toContain('chauvinisme');
    expect(checkQuote(null, 'wat dan ook').status).toBe('unchecked');
  });

  it('never verifies an invisible quote, even with offsets that point at white space', () => {
    const space = text.indexOf(' ');
    expect(checkQuote(text, '\u00AD', { start: space, end: space + 1 }).status).toBe('mismatch');
  });

  it('refuses a new citation whose quote is not in the text', () => {
    const after = citation('een zin die er niet staat');
    expect(() => checkCitationChanges([{ kind: 'created', entity: 'citation', id: 'c1', opIndex: 0, before: null, after }], new Map([['s1', text]]))).toThrow(QuoteNotInSourceError);
  });

  it('flags, when the text changes, a citation whose quote is gone, and verifies one that now occurs', () => {
    const gone = citation('Derde – en laatste – alinea', { quoteStatus: 'verified' });
    const back = citation('een nieuwe zin', { id: 'c2', quoteStatus: 'mismatch' });
    const changed = recheckCitations('Eerste alinea.\n\nEen nieuwe zin hier, met een nieuwe zin.', [gone, back]);
    expect(changed.map((c) => [c.after.id, c.after.quoteStatus, c.after.version])).toEqual([
      ['c1', 'mismatch', 2],
      ['c2', 'verified', 2],
    ]);
  });
});

describe('the quote search on adversarial input', () => {
  // a small deterministic generator: the cases are the same on every run
  const random = (seed: number) => () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const ALPHABET = ['a', 'b', ' ', '\n', '\t', '“', '"', '’', "'", '–', '-', '\u00AD', 'é'];
  /** The first occurrence, by its definition: the earliest start, then the earliest end, of a slice that normalizes to the quote. */
  function reference(text: string, quote: string): { start: number; end: number } | null {
    const needle = normalizeForQuote(quote);
    if (!needle) return null;
    for (let i = 0; i < text.length; i++) {
      const head = normalizeForQuote(text[i]);
      if (head === '') continue;
      for (let j = i + 1; j <= text.length; j++) {
        const n = normalizeForQuote(text.slice(i, j));
        if (n === needle) return { start: i, end: j };
        if (n.length > needle.length) break;
      }
    }
    return null;
  }

  it('finds the same first occurrence as the definition, for quote marks, dashes, white space and decomposed quotes', () => {
    const next = random(7);
    const pick = () => ALPHABET[Math.floor(next() * ALPHABET.length)];
    for (let k = 0; k < 200; k++) {
      const text = Array.from({ length: 5 + Math.floor(next() * 25) }, pick).join('');
      const from = Math.floor(next() * text.length);
      // a quote taken from the text (so it usually occurs), or made up
      let quote = next() < 0.7 ? text.slice(from, from + 1 + Math.floor(next() * 6)) : Array.from({ length: 1 + Math.floor(next() * 4) }, pick).join('');
      if (next() < 0.3) quote = quote.normalize('NFD');
      expect(findQuote(text, quote), JSON.stringify({ text, quote })).toEqual(reference(text, quote));
    }
  });

  it('stops at the first match: a 5,000-character quote of "a"s in a million "a"s is at 0', { timeout: 30_000 }, () => {
    const text = 'a'.repeat(1_000_000);
    expect(findQuote(text, 'a'.repeat(5000))).toEqual({ start: 0, end: 5000 });
  });

  it('finds a quote that only matches at the very end of a repetitive text, and none that is one character off', { timeout: 30_000 }, () => {
    const text = `${'a'.repeat(1_000_000)}b`;
    expect(findQuote(text, `${'a'.repeat(4999)}b`)).toEqual({ start: 1_000_000 - 4999, end: 1_000_001 });
    expect(findQuote(text, `${'a'.repeat(4999)}c`)).toBeNull();
    expect(findQuote(text, `b${'a'.repeat(10)}`)).toBeNull();
  });

  it('numbers paragraphs in a long text as a scan from the start would', () => {
    const text = Array.from({ length: 400 }, (_, k) => `alinea ${k}${k % 3 ? ' met\neen regel' : ''}`).join('\n\n');
    const list = paragraphs(text);
    for (let offset = 0; offset <= text.length; offset += 97) {
      const k = list.findIndex((p) => offset < p.end);
      expect(paragraphAt(text, offset)).toBe(k < 0 ? list.length : k + 1);
    }
  });
});

describe('the folded text keeps every character it does not fold', () => {
  it('finds a quote around a lone surrogate and astral characters at their original offsets', () => {
    const text = 'voor \ud800 na 😀 “eind”';
    expect(findQuote(text, '\ud800 na 😀 "eind"')).toEqual({ start: 5, end: text.length });
  });
});
