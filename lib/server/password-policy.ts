// Which passwords are refused, beyond the length limits of lib/api/schemas.ts: blank
// ones (only white space), the account's own e-mail address, and the ~49,000 most
// common passwords of the zxcvbn-ts project's list (@zxcvbn-ts/language-common, data
// shipped in the package: nothing is looked up online). Compared case-insensitively,
// as guessing tools try both.
import 'server-only';
import { dictionary } from '@zxcvbn-ts/language-common';
import { HttpError } from './http';

export type PasswordReason = 'blank' | 'email' | 'common';

let common: Set<string> | null = null;
const commonPasswords = () => (common ??= new Set(dictionary['passwords-common'].map((p) => p.toLowerCase())));

export function passwordReason(password: string, email: string): PasswordReason | null {
  if (password.trim() === '') return 'blank';
  const lower = password.trim().toLowerCase();
  const address = email.trim().toLowerCase();
  if (lower === address || lower === address.split('@')[0]) return 'email';
  if (commonPasswords().has(lower)) return 'common';
  return null;
}

const DETAIL: Record<PasswordReason, string> = {
  blank: 'A password of only spaces is refused.',
  email: 'A password equal to your e-mail address (or the part before the @) is refused.',
  common: 'This password is on a list of the most common passwords, which attackers try first: choose another.',
};

/** 422 with the reason (`blank`, `email`, `common`) the forms explain. */
export function assertAcceptablePassword(password: string, email: string, field = 'password') {
  const reason = passwordReason(password, email);
  if (!reason) return;
  throw new HttpError(422, 'Password refused', DETAIL[reason], {
    type: 'urn:pleit:problem:weak-password',
    reason,
    errors: [{ path: field, message: DETAIL[reason] }],
  });
}
