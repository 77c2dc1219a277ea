// HTTP plumbing for the API: problem+json answers (RFC 9457), body parsing with size
// limits, and a wrapper that turns every thrown error into the right answer, so bad
// input never becomes a 500.
import 'server-only';
import { NextResponse, type NextRequest } from 'next/server';
import { z } from 'zod';
import { OperationError } from '@/lib/argument/operations';
import { LIMITS } from '@/lib/api/schemas';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail?: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(detail ?? title);
  }
}

export const notFound = (what = 'resource') => new HttpError(404, 'Not found', `No such ${what}.`);
export const forbidden = (detail = 'You may not do this.') => new HttpError(403, 'Forbidden', detail);
export const unauthorized = () =>
  new HttpError(401, 'Unauthorized', 'Sign in, or send Authorization: Bearer <token>.');

/** A problem+json answer; `extra.headers` (e.g. Retry-After) become response headers, the rest body fields. */
export function problem(status: number, title: string, detail?: string, extra: Record<string, unknown> = {}): Response {
  const { headers, ...fields } = extra as { headers?: Record<string, string> } & Record<string, unknown>;
  const type = typeof fields.type === 'string' ? fields.type : 'about:blank';
  return new NextResponse(JSON.stringify({ type, title, status, detail, ...fields }), {
    status,
    headers: {
      'content-type': 'application/problem+json',
      'cache-control': 'no-store',
      // a 503 of a full queue says when to come back (lib/server/sourcing/pool.ts)
      ...(typeof extra.retryAfter === 'number' ? { 'retry-after': String(extra.retryAfter) } : {}),
      ...headers,
    },
  });
}

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return NextResponse.json(body, { status, headers: { 'cache-control': 'no-store', ...headers } });
}

export function zodProblem(error: z.ZodError, title = 'Invalid input'): Response {
  const errors = error.issues.map((i) => ({ path: i.path.map(String).join('.') || '(body)', message: i.message }));
  const detail = errors.map((e) => `${e.path}: ${e.message}`).join('; ');
  return problem(422, title, detail, { type: 'urn:pleit:problem:validation', errors });
}

/** An HttpError as problem+json; `extra.headers` become response headers (e.g. Retry-After). */
export function httpErrorResponse(e: HttpError): Response {
  const { headers, ...extra } = e.extra as { headers?: Record<string, string> };
  const res = problem(e.status, e.title, e.detail, extra);
  for (const [name, value] of Object.entries(headers ?? {})) res.headers.set(name, value);
  return res;
}

/** Whether a Content-Type names JSON: application/json or a +json type, parameters aside. */
export function isJsonMediaType(contentType: string): boolean {
  const essence = contentType.split(';')[0].trim().toLowerCase();
  return /^application\/([a-z0-9!#$&^_.-]+\+)?json$/.test(essence);
}

function isUniqueViolation(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as { code?: string }).code === 'P2002';
}

export function toResponse(e: unknown): Response {
  if (e instanceof HttpError) return httpErrorResponse(e);
  if (e instanceof z.ZodError) return zodProblem(e);
  if (e instanceof OperationError) {
    const titles = { 404: 'Not found', 409: 'Conflict', 422: 'Rule violated' } as const;
    return problem(e.status, titles[e.status], e.message, {
      type: `urn:pleit:problem:${e.code}`,
      rule: e.status === 422 ? e.code : undefined,
      operationIndex: e.opIndex,
      current: e.current?.value,
    });
  }
  if (isUniqueViolation(e)) {
    return problem(409, 'Conflict', 'An entity with this id or name already exists.', { type: 'urn:pleit:problem:id-taken' });
  }
  console.error('[pleit] unhandled error', e);
  return problem(500, 'Internal server error', 'Something went wrong on our side; nothing was changed.');
}

type Handler<P> = (req: NextRequest, params: P) => Promise<Response>;

/** Wraps a route handler: resolves Next's params promise and maps errors to problem+json. */
export function route<P = Record<string, never>>(handler: Handler<P>) {
  return async (req: NextRequest, ctx: { params: Promise<P> }): Promise<Response> => {
    try {
      return await handler(req, (await ctx?.params) ?? ({} as P));
    } catch (e) {
      return toResponse(e);
    }
  };
}

/** Reads and validates a JSON body: 413 when too large, 400 when not JSON, 422 when invalid. */
export async function readBody<T extends z.ZodType>(req: NextRequest, schema: T, limit: number = LIMITS.bodyBytes): Promise<z.output<T>> {
  const type = req.headers.get('content-type') ?? '';
  if (type && !isJsonMediaType(type)) {
    throw new HttpError(415, 'Unsupported media type', 'Send the body as application/json.');
  }
  const raw = await readLimited(req, limit);
  let value: unknown;
  try {
    value = raw.length ? JSON.parse(raw) : undefined;
  } catch (e) {
    throw new HttpError(400, 'Malformed JSON', `The body is not valid JSON: ${(e as Error).message}`);
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw parsed.error;
  return parsed.data;
}

const tooLarge = (limit: number) =>
  new HttpError(413, 'Payload too large', `The body may be at most ${limit} bytes.`, { limit });

/**
 * The request body as bytes, refused with a 413 (or the given error) as soon as it
 * passes the limit, whatever Content-Length claimed.
 */
export async function readBodyBytes(req: NextRequest, limit: number, tooBig: (limit: number) => HttpError = tooLarge): Promise<Uint8Array> {
  if (Number(req.headers.get('content-length') ?? 0) > limit) throw tooBig(limit);
  if (!req.body) return new Uint8Array();
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw tooBig(limit);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

async function readLimited(req: NextRequest, limit: number): Promise<string> {
  return Buffer.from(await readBodyBytes(req, limit)).toString('utf8');
}

/**
 * Parses search parameters with a schema (422 on bad values). A parameter given twice is
 * refused (`?scale=1&scale=4` has no one meaning), and unknown ones are named as the
 * query's, not the body's.
 */
export function readQuery<T extends z.ZodType>(req: NextRequest, schema: T): z.output<T> {
  const params = req.nextUrl.searchParams;
  const repeated = [...new Set([...params.keys()].filter((k) => params.getAll(k).length > 1))];
  if (repeated.length) {
    const errors = repeated.map((k) => ({ path: k, message: `${k} is given more than once; give it once.` }));
    throw new HttpError(422, 'Invalid input', errors.map((e) => `${e.path}: ${e.message}`).join('; '), { type: 'urn:pleit:problem:validation', errors });
  }
  const parsed = schema.safeParse(Object.fromEntries(params));
  if (!parsed.success) throw new z.ZodError(parsed.error.issues.map((i) => (i.path.length ? i : { ...i, path: ['(query)'] })));
  return parsed.data;
}
