// A source's stored text over HTTP: PUT (JSON {text, version}, a multipart upload with
// a file and a version, or the file itself as the body with ?version=), GET, DELETE.
// The text is the user's own material: only the map's members read it; anyone else
// gets 403 (404 for a private map, as for everything in it). Setting or removing the
// text advances the source's version, checks every citation of the source again, and
// writes events like every other change, all in one transaction.
import 'server-only';
import type { NextRequest } from 'next/server';
import { z } from 'zod';
import { sourceTextBody } from '@/lib/api/schemas';
import { entityEvent, type Citation, type Source } from '@/lib/argument/model';
import { mapAccess, requireRole, requireRoleInTx } from '@/lib/server/access';
import { getActor } from '@/lib/server/auth';
import { db, type Tx, writeTransaction } from '@/lib/server/db';
import { forbidden, HttpError, json, notFound, readBody, readBodyBytes, readQuery } from '@/lib/server/http';
import { appendEvents } from '@/lib/server/event-log';
import { citationOut, lockMap, sourceOut } from '@/lib/server/maps';
import { recheckCitations } from '@/lib/sourcing/check';
import { checkTextSize, detectFormat, extractText, normalizeSourceText, TextExtractionError } from './extract';
import { SOURCE_TEXT_LIMITS, type TextFormat } from '@/lib/sourcing/limits';
import { INLINE_CHECK_CHARS, poolProblem, runJobOrAnswer } from './pool';
import { fingerprintMatch, storedTextFingerprint } from './fingerprint';

const sourceColumns = { id: true, type: true, title: true, authors: true, container: true, publisher: true, date: true, pages: true, url: true, accessed: true, language: true, fingerprint: true, version: true } as const;

const version = z.coerce.number().int().min(1);
const versionQuery = z.object({ version });

const TITLES = { 413: 'Payload too large', 415: 'Unsupported media type', 422: 'Unusable text' } as const;
function extractionProblem(e: TextExtractionError): HttpError {
  return new HttpError(e.status, TITLES[e.status], e.message, {
    type: `urn:pleit:problem:source-text`,
    ...(e.status === 413 ? { limit: SOURCE_TEXT_LIMITS.uploadBytes } : {}),
  });
}

const tooLarge = (limit: number) => new HttpError(413, 'Payload too large', `The body may be at most ${limit} bytes.`, { type: 'urn:pleit:problem:source-text', limit });

function readBytes(req: NextRequest, limit: number): Promise<Uint8Array> {
  return readBodyBytes(req, limit, tooLarge);
}

interface NewText {
  text: string;
  version: number;
  /** what it was made from: 'paste' for JSON, else the file type */
  format: TextFormat | 'paste';
}

/**
 * A file's text, off the event loop: a PDF by a reader process (pdf-process.ts, at most
 * a few at once), the other formats on a worker thread of the pool (pool.ts).
 */
async function fileText(bytes: Uint8Array, format: TextFormat): Promise<string> {
  if (format !== 'pdf') return runJobOrAnswer('extract', { bytes, format });
  try {
    return await extractText(bytes, format);
  } catch (e) {
    throw poolProblem(e) ?? e;
  }
}

/** The source's citations checked again against its new text: on a worker thread when that is a lot of text to scan. */
function recheck(text: string | null, citations: Citation[]) {
  if ((text?.length ?? 0) * citations.length <= INLINE_CHECK_CHARS) return recheckCitations(text, citations);
  return runJobOrAnswer('recheck', { text, citations });
}

/** Characters of a pasted text normalized on the request's own thread; a longer one (a few MB take ~100 ms) goes to the pool. */
const INLINE_PASTE_CHARS = 200_000;

/** A pasted text as it is stored. */
function pastedText(text: string): Promise<string> | string {
  if (text.length <= INLINE_PASTE_CHARS) return checkTextSize(normalizeSourceText(text));
  return runJobOrAnswer('normalize', { text });
}

const FILE_MEDIA = /^(text\/plain|text\/markdown|text\/x-markdown|text\/html|application\/xhtml\+xml|application\/pdf)$/;

/** Reads the new text from whichever body the request carries. */
async function readNewText(req: NextRequest): Promise<NewText> {
  const contentType = req.headers.get('content-type') ?? '';
  const media = contentType.split(';')[0].trim().toLowerCase();
  try {
    if (media === 'application/json' || media.endsWith('+json')) {
      const body = await readBody(req, sourceTextBody, SOURCE_TEXT_LIMITS.jsonBodyBytes);
      return { text: await pastedText(body.text), version: body.version, format: 'paste' };
    }
    if (media === 'multipart/form-data') {
      // the multipart envelope adds a little to the file's own size
      const raw = await readBytes(req, SOURCE_TEXT_LIMITS.uploadBytes + 64 * 1024);
      let form: FormData;
      try {
        form = await new Response(new Blob([raw as Uint8Array<ArrayBuffer>]), { headers: { 'content-type': contentType } }).formData();
      } catch {
        throw new HttpError(400, 'Malformed form data', 'The multipart body could not be read.');
      }
      const parsedVersion = version.safeParse(form.get('version') ?? req.nextUrl.searchParams.get('version'));
      if (!parsedVersion.success) {
        throw new HttpError(422, 'Invalid input', 'version: the source version you last saw (a form field or ?version=).', { type: 'urn:pleit:problem:validation', errors: [{ path: 'version', message: 'Required: the source version you last saw.' }] });
      }
      const file = form.get('file');
      if (file instanceof File) {
        const format = detectFormat(file.name, file.type);
        const bytes = new Uint8Array(await file.arrayBuffer());
        return { text: await fileText(bytes, format), version: parsedVersion.data, format };
      }
      const pasted = form.get('text');
      if (typeof pasted === 'string') return { text: await pastedText(pasted), version: parsedVersion.data, format: 'paste' };
      throw new HttpError(422, 'Invalid input', 'file: upload the text as a form field named "file" (or paste it in a field named "text").', { type: 'urn:pleit:problem:validation', errors: [{ path: 'file', message: 'Required.' }] });
    }
    if (FILE_MEDIA.test(media)) {
      const { version: v } = readQuery(req, versionQuery);
      const format = detectFormat(req.nextUrl.searchParams.get('filename') ?? undefined, media);
      const bytes = await readBytes(req, SOURCE_TEXT_LIMITS.uploadBytes);
      return { text: await fileText(bytes, format), version: v, format };
    }
  } catch (e) {
    if (e instanceof TextExtractionError) throw extractionProblem(e);
    throw e;
  }
  throw new HttpError(415, 'Unsupported media type', 'Send JSON {text, version}, a multipart/form-data upload (file, version), or the file itself (text/plain, text/markdown, text/html, application/pdf) with ?version=.', { type: 'urn:pleit:problem:source-text' });
}

export interface SourceTextResult {
  source: Source;
  /** every citation of the source, as checked against the new text */
  citations: Citation[];
  /** characters of the stored text (0 when removed) */
  length: number;
  format: TextFormat | 'paste' | null;
  revision: number;
  /** whether the stored text is the one the source's fingerprint names (absent: no fingerprint, or no text) */
  fingerprintMatch?: boolean;
}

/** { fingerprintMatch } when there is something to compare, else nothing (answers for sources without a fingerprint stay as they were). */
const matchField = (match: boolean | null) => (match === null ? {} : { fingerprintMatch: match });

const citationsOf = async (tx: Tx | ReturnType<typeof db>, mapId: string, sourceId: string) =>
  (await tx.citation.findMany({ where: { mapId, sourceId }, orderBy: { createdAt: 'asc' } })).map(citationOut);
const versionsOf = (citations: readonly Citation[]) => citations.map((c) => `${c.id}:${c.version}`).join();

/** Sets (text) or removes (null) a source's text, in one transaction with its events. */
export async function writeText(mapId: string, sourceId: string, actorId: string, expectedVersion: number, text: string | null, format: SourceTextResult['format']): Promise<SourceTextResult> {
  // the citations checked against the new text before the transaction (on a worker
  // thread when that is long), so that the transaction does not hold the database
  // (SQLite's only connection) while the check runs; used if they are still the same
  const early = await citationsOf(db(), mapId, sourceId);
  const prechecked = { versions: versionsOf(early), rechecked: await recheck(text, early) };
  // the new text's fingerprint, hashed before the transaction too (linear in its length)
  const hashed = text === null ? null : storedTextFingerprint(text);
  const matches = (fingerprint: string | null) => (fingerprint && hashed !== null ? hashed === fingerprint : null);
  return writeTransaction(async (tx) => {
    await lockMap(tx, mapId);
    // the role again, under the map's lock: a member removed while the body was uploading is refused
    await requireRoleInTx(tx, actorId, mapId, 'EDITOR');
    const row = await tx.source.findFirst({ where: { id: sourceId, mapId }, select: { ...sourceColumns, text: true } });
    if (!row) throw notFound('source');
    const current = sourceOut(row, row.text !== null);
    if (row.version !== expectedVersion) {
      throw new HttpError(409, 'Conflict', `The source was changed by someone else (version ${row.version}, you sent ${expectedVersion}).`, {
        type: 'urn:pleit:problem:version-conflict',
        current,
      });
    }
    const citations = await citationsOf(tx, mapId, sourceId);
    const map = await tx.argumentMap.findUniqueOrThrow({ where: { id: mapId }, select: { revision: true } });
    // removing a text that is not there, or storing the same text again, changes nothing
    if (row.text === text) return { source: current, citations, length: text?.length ?? 0, format, revision: map.revision, ...matchField(matches(row.fingerprint)) };

    const after: Source = { ...current, hasText: text !== null, version: current.version + 1 };
    const { count } = await tx.source.updateMany({ where: { mapId, id: sourceId, version: row.version }, data: { text, version: after.version } });
    if (count !== 1) throw new HttpError(409, 'Conflict', 'The source was changed by someone else; reload it.', { type: 'urn:pleit:problem:version-conflict' });

    const rechecked = versionsOf(citations) === prechecked.versions ? prechecked.rechecked : recheckCitations(text, citations);
    for (const { before, after: c } of rechecked) {
      const updated = await tx.citation.updateMany({
        where: { mapId, id: c.id, version: before.version },
        data: { quoteStatus: c.quoteStatus, locator: JSON.stringify(c.locator), version: c.version },
      });
      if (updated.count !== 1) throw new HttpError(409, 'Conflict', 'A citation of this source was changed by someone else; try again.', { type: 'urn:pleit:problem:version-conflict' });
    }
    const { revision } = await appendEvents(tx, mapId, actorId, [
      { type: 'source.updated', entity: 'source', entityId: sourceId, data: after },
      ...rechecked.map(({ after: c }) => entityEvent('citation', 'updated', c.id, c)),
    ]);
    const byId = new Map(rechecked.map(({ after: c }) => [c.id, c]));
    return { source: after, citations: citations.map((c) => byId.get(c.id) ?? c), length: text?.length ?? 0, format, revision, ...matchField(matches(row.fingerprint)) };
  });
}

export async function putSourceText(req: NextRequest, mapId: string, sourceId: string): Promise<Response> {
  const actor = await getActor(req);
  await requireRole(actor, mapId, 'EDITOR');
  const { text, version: expected, format } = await readNewText(req);
  const result = await writeText(mapId, sourceId, actor!.id, expected, text, format);
  return json(result, 200, { 'x-pleit-revision': String(result.revision) });
}

export async function deleteSourceText(req: NextRequest, mapId: string, sourceId: string): Promise<Response> {
  const actor = await getActor(req);
  await requireRole(actor, mapId, 'EDITOR');
  const { version: expected } = readQuery(req, versionQuery);
  const result = await writeText(mapId, sourceId, actor!.id, expected, null, null);
  return json(result, 200, { 'x-pleit-revision': String(result.revision) });
}

/** Members only: a LINK or PUBLIC map shows its sources' references and quotes to all, never their texts. */
export async function getSourceText(req: NextRequest, mapId: string, sourceId: string): Promise<Response> {
  const access = await mapAccess(await getActor(req), mapId);
  if (!access.role) throw forbidden("A source's text is private to the map's members.");
  const row = await db().source.findFirst({ where: { id: sourceId, mapId }, select: { id: true, version: true, text: true, fingerprint: true } });
  if (!row) throw notFound('source');
  if (row.text === null) throw new HttpError(404, 'Not found', 'This source has no stored text.', { type: 'urn:pleit:problem:no-text' });
  return json({ sourceId: row.id, version: row.version, length: row.text.length, text: row.text, ...matchField(fingerprintMatch(row.fingerprint, row.text)) });
}
