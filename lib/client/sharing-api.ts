// The Share dialog's and the map settings' calls to the API, and their errors as one
// sentence in the user's language (never an internal field name).
import type { SharingText } from '@/lib/i18n/sharing-messages';
import { fillIn } from '@/lib/i18n/sharing-messages';

export interface Answer<T = any> {
  ok: boolean;
  status: number;
  body: T;
  retryAfter: number | null;
}

export async function api<T = any>(method: string, path: string, body?: unknown): Promise<Answer<T>> {
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    return { ok: false, status: 0, body: null as T, retryAfter: null };
  }
  const text = await res.text();
  let parsed: unknown = null;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    parsed = null;
  }
  const retry = Number(res.headers.get('retry-after'));
  return { ok: res.ok, status: res.status, body: parsed as T, retryAfter: Number.isFinite(retry) && retry > 0 ? retry : null };
}

const FIELD: Record<string, keyof SharingText> = { email: 'fieldEmail', title: 'fieldTitle', description: 'fieldDescription', message: 'fieldMessage' };

/** A refused answer as one sentence for the user. */
export function problemText(a: Answer, t: SharingText): string {
  const p = (a.body ?? {}) as { type?: string; errors?: { path: string; message: string }[]; limit?: number };
  switch (a.status) {
    case 409:
      return p.type === 'urn:pleit:problem:already-member' ? t.alreadyMember : t.conflict;
    case 403:
      return t.forbidden;
    case 404:
      return t.notFound;
    case 413:
      return fillIn(t.tooLarge, { limit: p.limit ?? 2000 });
    case 429:
      return fillIn(t.tooMany, { minutes: Math.max(1, Math.ceil((a.retryAfter ?? 60) / 60)) });
    case 422: {
      if ((p as { rule?: string }).rule === 'last-owner') return t.lastOwner;
      const detail = (p.errors ?? [])
        .map((e) => {
          const key = FIELD[e.path];
          const field = key ? (t[key] as string) : e.path;
          const what = e.path === 'email' ? t.invalidEmail : /required/i.test(e.message) ? t.required : e.message;
          return `${field}: ${what}`;
        })
        .join('; ');
      return fillIn(t.invalid, { detail: detail || '—' });
    }
    default:
      return t.genericError;
  }
}
