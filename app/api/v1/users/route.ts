import { userCreate } from '@/lib/api/schemas';
import { clientAddress } from '@/lib/server/client-info';
import { db } from '@/lib/server/db';
import { HttpError, json, readBody, route } from '@/lib/server/http';
import { assertAcceptablePassword } from '@/lib/server/password-policy';
import { hashPassword } from '@/lib/server/passwords';
import { signUpTaken, signUpTakenRetryAfter, tooManyAttempts } from '@/lib/server/throttle';

/**
 * Sign-up. A taken address is answered 409: without e-mail delivery there is no way to
 * answer both cases alike and still tell a real user why they cannot sign up. What
 * limits probing is that one address gets at most 10 such answers in 15 minutes (then
 * 429), and invitations and memberships never tell whether an address has an account.
 */
export const POST = route(async (req) => {
  const input = await readBody(req, userCreate);
  const address = clientAddress(req);
  const wait = signUpTakenRetryAfter(address);
  if (wait > 0) throw tooManyAttempts(wait, 'sign-ups with addresses that have an account');
  assertAcceptablePassword(input.password, input.email);
  const existing = await db().user.findUnique({ where: { email: input.email } });
  if (existing) {
    signUpTaken(address);
    throw new HttpError(409, 'Conflict', 'An account with this e-mail address exists already.', { type: 'urn:pleit:problem:email-taken' });
  }
  const passwordHash = await hashPassword(input.password);
  const user = await db().user.create({ data: { email: input.email, name: input.name, passwordHash } });
  return json({ id: user.id, email: user.email, name: user.name }, 201, { location: `/api/v1/users/${user.id}` });
});
