// The jobs the sourcing worker threads run (lib/server/sourcing/pool.ts starts them,
// scripts/sourcing-worker.mjs is their entry): each takes plain data and returns plain
// data, because both cross a thread boundary. Errors the API answers with a status of
// their own (an unreadable text, a quote not in its source) cross it by name.
import 'server-only';
import type { Citation } from '@/lib/argument/model';
import type { Change } from '@/lib/argument/operations';
import { checkCitationChanges, QuoteNotInSourceError, recheckCitations } from '@/lib/sourcing/check';
import type { CslItem } from '@/lib/sourcing/csl';
import type { TextFormat } from '@/lib/sourcing/limits';
import type { BibliographyRequest } from './bibliography';
import { checkTextSize, extractText, normalizeSourceText, TextExtractionError } from './extract';
import type { ParseOutcome } from '@/lib/interchange/common';
import { readInterchange, type ReadInput } from '@/lib/interchange/read';

interface Jobs {
  /** a .txt, .md or .html file's text, normalized and size-checked (PDFs have a process of their own) */
  extract: { input: { bytes: Uint8Array; format: Exclude<TextFormat, 'pdf'> }; output: string };
  /** a pasted text, normalized and size-checked */
  normalize: { input: { text: string }; output: string };
  /** a batch's citation changes, checked against their sources' texts (by source id) */
  checkChanges: { input: { changes: Change[]; texts: [string, string][] }; output: Change[] };
  /** a source's citations, checked again against its new text */
  recheck: { input: { text: string | null; citations: Citation[] }; output: { before: Citation; after: Citation }[] };
  /** a map's bibliography */
  bibliography: { input: { items: CslItem[]; request: BibliographyRequest }; output: string };
  /** an Argdown, AIF or Kialo file read into Pleit's model (lib/interchange/read.ts) */
  interchange: { input: ReadInput; output: ParseOutcome };
}
export type JobKind = keyof Jobs;
export type JobInput<K extends JobKind> = Jobs[K]['input'];
export type JobOutput<K extends JobKind> = Jobs[K]['output'];

export type SerializedError =
  | { name: 'TextExtractionError'; status: 413 | 415 | 422; message: string }
  | { name: 'QuoteNotInSourceError'; opIndex: number; citation: Citation; message: string }
  | { name: 'Error'; message: string };

export async function runJobHere<K extends JobKind>(kind: K, input: JobInput<K>): Promise<JobOutput<K>> {
  switch (kind) {
    case 'extract': {
      const { bytes, format } = input as JobInput<'extract'>;
      return (await extractText(bytes, format)) as JobOutput<K>;
    }
    case 'normalize':
      return checkTextSize(normalizeSourceText((input as JobInput<'normalize'>).text)) as JobOutput<K>;
    case 'checkChanges': {
      const { changes, texts } = input as JobInput<'checkChanges'>;
      return checkCitationChanges(changes, new Map(texts)) as JobOutput<K>;
    }
    case 'recheck': {
      const { text, citations } = input as JobInput<'recheck'>;
      return recheckCitations(text, citations) as JobOutput<K>;
    }
    case 'interchange':
      return readInterchange(input as JobInput<'interchange'>) as JobOutput<K>;
    case 'bibliography': {
      // citation-js is loaded by the first bibliography job, not by every worker
      const { formatBibliography } = await import('./bibliography');
      const { items, request } = input as JobInput<'bibliography'>;
      return formatBibliography(items, request) as JobOutput<K>;
    }
  }
  throw new Error(`unknown job ${String(kind)}`);
}

export function serializeError(e: unknown): SerializedError {
  if (e instanceof TextExtractionError) return { name: 'TextExtractionError', status: e.status, message: e.message };
  if (e instanceof QuoteNotInSourceError) return { name: 'QuoteNotInSourceError', opIndex: e.opIndex, citation: e.citation, message: e.message };
  return { name: 'Error', message: e instanceof Error ? e.message : String(e) };
}

/** The error as the job threw it, on the server's side of the boundary. */
export function deserializeError(e: SerializedError): Error {
  switch (e.name) {
    case 'TextExtractionError':
      return new TextExtractionError(e.status, e.message);
    case 'QuoteNotInSourceError':
      return new QuoteNotInSourceError(e.opIndex, e.citation);
    default:
      return new Error(e.message);
  }
}
