import { userCreate } from '@/lib/api/schemas';
import { hashPassword } from '@/lib/server/passwords';
import { db } from '@/lib/server/db';
import { HttpError, json, readBody, route } from '@/lib/server/http';

/** Sign-up. */
export const POST = route(async (req) => {
  const input = await readBody(req, userCreate);
  const existing = await db().user.findUnique({ where: { email: input.email } });
  if (existing) throw new HttpError(409, 'Conflict', 'An account with this e-mail address exists already.', { type: 'urn:pleit:problem:email-taken' });
  const passwordHash = await hashPassword(input.password);
  const user = await db().user.create({ data: { email: input.email, name: input.name, passwordHash } });
  return json({ id: user.id, email: user.email, name: user.name }, 201, { location: `/api/v1/users/${user.id}` });
});
