// POST /me/password {current, new}: a signed-in browser changes its password; every
// other session of the account ends (API tokens stay: revoke them on the account page).
// Wrong current passwords count against the sign-in throttle.
import { passwordChange } from '@/lib/api/schemas';
import { requireActor, revokeSessions } from '@/lib/server/auth';
import { clientAddress } from '@/lib/server/client-info';
import { db, writeTransaction } from '@/lib/server/db';
import { forbidden, HttpError, json, readBody, route } from '@/lib/server/http';
import { assertAcceptablePassword } from '@/lib/server/password-policy';
import { hashPassword, verifyPassword } from '@/lib/server/passwords';
import { signInFailed, signInRetryAfter, signInSucceeded, tooManyAttempts } from '@/lib/server/throttle';

export const POST = route(async (req) => {
  const actor = await requireActor(req);
  if (actor.via !== 'session') throw forbidden('Change your password signed in, on your account page, not with an API token.');
  const input = await readBody(req, passwordChange);
  const address = clientAddress(req);
  const wait = signInRetryAfter(actor.email, address);
  if (wait > 0) throw tooManyAttempts(wait, 'wrong passwords');
  const user = await db().user.findUniqueOrThrow({ where: { id: actor.id } });
  if (!(await verifyPassword(user.passwordHash, input.current))) {
    signInFailed(actor.email, address);
    throw new HttpError(422, 'Wrong password', 'The current password is not right.', {
      type: 'urn:pleit:problem:wrong-password',
      errors: [{ path: 'current', message: 'The current password is not right.' }],
    });
  }
  signInSucceeded(actor.email, address);
  assertAcceptablePassword(input.new, user.email, 'new');
  const passwordHash = await hashPassword(input.new);
  // one transaction: the new password and the end of the other sessions commit together,
  // and only over the password that was checked (a concurrent change makes this a 409)
  await writeTransaction(async (tx) => {
    const { count } = await tx.user.updateMany({ where: { id: user.id, passwordHash: user.passwordHash }, data: { passwordHash } });
    if (count !== 1) throw new HttpError(409, 'Conflict', 'The password was changed meanwhile; sign in again.', { type: 'urn:pleit:problem:version-conflict' });
    await revokeSessions({ userId: user.id, exceptId: actor.sessionId }, tx);
  });
  return json({ changed: true, otherSessionsEnded: true });
});
