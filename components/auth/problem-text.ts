// The account forms' readable answers to the API's refusals: too many attempts (429,
// with Retry-After), a refused password (with its reason), a wrong current password.
import type { Messages } from '@/lib/i18n/messages';
import { problemMessage } from '@/lib/client/problem';

export async function accountProblemText(res: Response, t: Messages): Promise<string> {
  if (res.status === 429) {
    const minutes = Math.ceil((Number(res.headers.get('retry-after')) || 60) / 60);
    return t.tooManyAttempts.replace('{minutes}', String(minutes));
  }
  const body = (await res
    .clone()
    .json()
    .catch(() => ({}))) as { type?: string; reason?: string };
  if (body.type === 'urn:pleit:problem:weak-password') {
    if (body.reason === 'common') return t.passwordCommon;
    if (body.reason === 'blank') return t.passwordBlank;
    if (body.reason === 'email') return t.passwordIsEmail;
  }
  if (body.type === 'urn:pleit:problem:wrong-password') return t.wrongCurrentPassword;
  return problemMessage(res, t.genericError, t);
}
