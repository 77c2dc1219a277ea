// Quote matching: where does a quote occur in a source's text? Two passages match when
// they are the same after normalization: every run of white space is one space, curly
// and straight quote marks (single and double, including „ and ‚) are the same mark,
// dashes are the same dash, a soft hyphen is nothing, and the ends are trimmed. Case and
// the words themselves must match exactly: a quote is verbatim or it is not a quote.
// Offsets are character offsets in the original text, so the reader can highlight them.
// Pure and client-safe.

export interface TextRange {
  start: number;
  end: number;
}

const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB"]/;
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u2039\u203A'`]/;
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212-]/;
const SOFT_HYPHEN = '\u00AD';

/** One character as the matcher sees it ('' drops it, ' ' is white space). */
function fold(ch: string): string {
  // ASCII without a regular expression (most of any text; the same answers as below)
  const c = ch.charCodeAt(0);
  if (c < 0x80) {
    if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) return ' ';
    if (c === 0x27 || c === 0x60) return "'";
    return ch;
  }
  if (ch === SOFT_HYPHEN || ch === '\u200B' || ch === '\uFEFF') return '';
  if (/\s/.test(ch)) return ' ';
  if (DOUBLE_QUOTES.test(ch)) return '"';
  if (SINGLE_QUOTES.test(ch)) return "'";
  if (DASHES.test(ch)) return '-';
  return ch;
}

/** fold() as a code unit (-1: dropped). */
function foldCode(ch: string): number {
  const f = fold(ch);
  return f === '' ? -1 : f.charCodeAt(0);
}

const utf16 = new TextDecoder('utf-16le');

/** Code units → string: decoded at once, or in chunks when there are surrogates (TextDecoder would replace a lone one). */
function fromUnits(units: Uint16Array, surrogates: boolean): string {
  if (!surrogates) return utf16.decode(units);
  const chunks: string[] = [];
  for (let k = 0; k < units.length; k += 8192) chunks.push(String.fromCharCode(...units.subarray(k, k + 8192)));
  return chunks.join('');
}

interface Folded {
  folded: string;
  /** for each character of the folded text, the offset of the original character it came from */
  origin: Int32Array;
  /** needle → where it first occurs in the folded text (-1: nowhere), as found so far */
  firstAt: Map<string, number>;
}

/**
 * The text folded for matching, with, for each character of the folded text, the offset
 * of the original character it came from (white-space runs collapse to their first).
 * Linear in the text's length (the parts are joined once at the end).
 */
function foldWithOffsets(text: string): Folded {
  // code units in a typed array, decoded once at the end: no string is built per character
  const units = new Uint16Array(text.length);
  const origin = new Int32Array(text.length);
  let n = 0;
  let lastWasSpace = true; // no space at the start
  let surrogates = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) surrogates = true;
    // ASCII letters, digits and most punctuation stay as they are
    const f = c < 0x80 && c > 0x20 && c !== 0x27 && c !== 0x60 ? c : foldCode(text[i]);
    if (f < 0) continue;
    if (f === 0x20) {
      if (lastWasSpace) continue;
      lastWasSpace = true;
    } else lastWasSpace = false;
    units[n] = f;
    origin[n++] = i;
  }
  return { folded: fromUnits(units.subarray(0, n), surrogates), origin: origin.subarray(0, n), firstAt: new Map() };
}

// The texts of the last few checks, folded: a batch checks many citations of one source,
// and folding a long text is the expensive part.
const foldedTexts = new Map<string, Folded>();
function foldedText(text: string): Folded {
  let f = foldedTexts.get(text);
  if (f) return f;
  f = foldWithOffsets(text);
  if (foldedTexts.size >= 4) foldedTexts.delete(foldedTexts.keys().next().value!);
  foldedTexts.set(text, f);
  return f;
}

/**
 * A passage as the matcher compares it. Quotes are composed (NFC) first, as stored texts
 * are: a quote copied in decomposed form still matches.
 */
export function normalizeForQuote(text: string): string {
  return foldWithOffsets(text.normalize('NFC')).folded.trim();
}

/**
 * Where the needle occurs in the haystack, in order, overlapping ones included:
 * Knuth–Morris–Pratt over UTF-16 code units (what indexOf compares), so the search is
 * linear in both lengths whatever they hold (a run of 5,000 "a"s in a million "a"s
 * included). The caller stops at the first when that is all it needs.
 */
function* occurrences(haystack: string, needle: string): Generator<number> {
  const m = needle.length;
  // fail[i]: the length of the longest proper prefix of needle[0..i] that is also its suffix
  const fail = new Int32Array(m);
  for (let i = 1, k = 0; i < m; i++) {
    const c = needle.charCodeAt(i);
    while (k > 0 && c !== needle.charCodeAt(k)) k = fail[k - 1];
    if (c === needle.charCodeAt(k)) k++;
    fail[i] = k;
  }
  for (let i = 0, k = 0; i < haystack.length; i++) {
    const c = haystack.charCodeAt(i);
    while (k > 0 && c !== needle.charCodeAt(k)) k = fail[k - 1];
    if (c === needle.charCodeAt(k)) k++;
    if (k === m) {
      yield i - m + 1;
      k = fail[m - 1];
    }
  }
}

/** Needles whose first occurrence is remembered per folded text (a batch often cites one passage many times). */
const REMEMBERED_NEEDLES = 512;

function rangesOf(text: string, quote: string, first: boolean): TextRange[] {
  const needle = normalizeForQuote(quote);
  if (!needle) return [];
  const f = foldedText(text);
  const range = (at: number) => ({ start: f.origin[at], end: f.origin[at + needle.length - 1] + 1 });
  if (first) {
    const known = f.firstAt.get(needle);
    const at: number = known ?? occurrences(f.folded, needle).next().value ?? -1;
    if (known === undefined && f.firstAt.size < REMEMBERED_NEEDLES) f.firstAt.set(needle, at);
    return at < 0 ? [] : [range(at)];
  }
  return [...occurrences(f.folded, needle)].map(range);
}

/** All occurrences of the quote in the text, as original offsets, in order. */
export function findAllQuotes(text: string, quote: string): TextRange[] {
  return rangesOf(text, quote, false);
}

/** The first occurrence of the quote in the text, or null when it does not occur (the search stops there). */
export function findQuote(text: string, quote: string): TextRange | null {
  return rangesOf(text, quote, true)[0] ?? null;
}

/** Whether the quote occurs in the text. */
export function quoteOccurs(text: string, quote: string): boolean {
  return findQuote(text, quote) !== null;
}

/**
 * The text's paragraphs: blocks separated by lines that are empty or hold only white
 * space. Each range runs from the block's first to its last non-white character.
 */
export function paragraphs(text: string): TextRange[] {
  const out: TextRange[] = [];
  const separator = /\n[ \t\r\f\v\u00A0]*\n\s*/g;
  let blockStart = 0;
  const push = (start: number, end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  for (const m of text.matchAll(separator)) {
    push(blockStart, m.index);
    blockStart = m.index + m[0].length;
  }
  push(blockStart, text.length);
  return out;
}

// The paragraphs of the last few texts: a check of many citations of one text asks for
// the paragraph of each, and cutting a long text into paragraphs is the expensive part.
const paragraphLists = new Map<string, TextRange[]>();
function paragraphsOf(text: string): TextRange[] {
  let list = paragraphLists.get(text);
  if (list) return list;
  list = paragraphs(text);
  if (paragraphLists.size >= 4) paragraphLists.delete(paragraphLists.keys().next().value!);
  paragraphLists.set(text, list);
  return list;
}

/** The 1-based number of the paragraph an offset falls in (the next one when it falls between two). */
export function paragraphAt(text: string, offset: number): number {
  const list = paragraphsOf(text);
  // the first paragraph that ends after the offset (the ends ascend): a binary search
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offset < list[mid].end) hi = mid;
    else lo = mid + 1;
  }
  return lo < list.length ? lo + 1 : Math.max(1, list.length);
}
