// Pleit's Source → CSL-JSON (the Citation Style Language's data model), the one place
// where bibliographic fields are mapped. Everything bibliographic (APA, Harvard,
// BibTeX, RIS, CSL-JSON exports) is produced from these items by citation-js.
import type { Author, Source, SourceType } from '@/lib/argument/model';

export type CslDate = { 'date-parts': [number[]] };
export type CslName = { family: string; given?: string } | { literal: string };

export interface CslItem {
  id: string;
  type: string;
  title: string;
  'citation-key': string;
  author?: CslName[];
  'container-title'?: string;
  'collection-title'?: string;
  publisher?: string;
  issued?: CslDate;
  accessed?: CslDate;
  page?: string;
  URL?: string;
  language?: string;
}

/**
 * Source types → CSL types. An ARTICLE dated to the day is a newspaper or magazine
 * piece (APA and Harvard then print its full date); otherwise a journal article.
 */
export function cslType(type: SourceType, date: string): string {
  switch (type) {
    case 'ARTICLE':
      return /^\d{4}-\d{2}-\d{2}$/.test(date) ? 'article-magazine' : 'article-journal';
    case 'BOOK':
      return 'book';
    case 'CHAPTER':
      return 'chapter';
    case 'REPORT':
      return 'report';
    case 'WEB_PAGE':
      return 'webpage';
    case 'DATASET':
      return 'dataset';
    case 'INTERVIEW':
      return 'interview';
  }
}

/** "2024", "2024-03" or "2024-03-12" → CSL date parts; anything else → undefined. */
export function cslDate(value: string): CslDate | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value.trim());
  if (!m) return undefined;
  const parts = [Number(m[1])];
  if (m[2]) {
    const month = Number(m[2]);
    if (month < 1 || month > 12) return { 'date-parts': [parts] };
    parts.push(month);
    if (m[3]) {
      const day = Number(m[3]);
      if (day >= 1 && day <= 31) parts.push(day);
    }
  }
  return { 'date-parts': [parts] };
}

function cslName(a: Author): CslName | null {
  if (a.literal?.trim()) return { literal: a.literal.trim() };
  if (a.family?.trim()) return a.given?.trim() ? { family: a.family.trim(), given: a.given.trim() } : { family: a.family.trim() };
  return null;
}

/** Types whose "container" is the series they appear in rather than a work containing them. */
const SERIES_CONTAINER: readonly SourceType[] = ['BOOK', 'REPORT', 'DATASET'];

/** One Source as a CSL-JSON item; empty fields are left out. */
export function sourceToCsl(source: Source, citationKey = citationKeyBase(source)): CslItem {
  const item: CslItem = { id: source.id, type: cslType(source.type, source.date), title: source.title.trim(), 'citation-key': citationKey };
  const authors = source.authors.map(cslName).filter((a): a is CslName => a !== null);
  if (authors.length) item.author = authors;
  if (source.container.trim()) item[SERIES_CONTAINER.includes(source.type) ? 'collection-title' : 'container-title'] = source.container.trim();
  if (source.publisher.trim()) item.publisher = source.publisher.trim();
  const issued = cslDate(source.date);
  if (issued) item.issued = issued;
  const accessed = cslDate(source.accessed);
  if (accessed) item.accessed = accessed;
  if (source.pages.trim()) item.page = source.pages.trim();
  if (source.url.trim()) item.URL = source.url.trim();
  if (source.language.trim()) item.language = source.language.trim();
  return item;
}

/** ASCII letters only: keys must survive BibTeX and every reference manager. */
const keyPart = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]/g, '')
    .toLowerCase();

const MINOR_WORDS = new Set(['de', 'het', 'een', 'er', 'is', 'en', 'te', 'om', 'met', 'naar', 'in', 'op', 'van', 'voor', 'over', 'the', 'a', 'an', 'on', 'of', 'to', 'and', 'la', 'le', 'les', 'der', 'die', 'das']);

/** "debruyne2024menu": first author's family name, year, first significant title word. */
export function citationKeyBase(source: Source): string {
  const first = source.authors[0];
  const who = keyPart(first?.family ?? first?.literal?.split(/\s+/)[0] ?? '') || 'anon';
  const year = /^\d{4}/.exec(source.date)?.[0] ?? 'nd';
  const word = source.title.split(/\s+/).map((w) => keyPart(w)).find((w) => w && !MINOR_WORDS.has(w)) ?? '';
  return `${who}${year}${word}`;
}

/** CSL items for a map's sources, with unique citation keys (a second "x2024menu" becomes "x2024menub"). */
export function sourcesToCsl(sources: readonly Source[]): CslItem[] {
  const used = new Map<string, number>();
  return sources.map((s) => {
    const base = citationKeyBase(s);
    const n = used.get(base) ?? 0;
    used.set(base, n + 1);
    return sourceToCsl(s, n === 0 ? base : `${base}${String.fromCharCode(97 + (n % 26))}${n >= 26 ? Math.floor(n / 26) : ''}`);
  });
}
