import { joinRequest } from '@/lib/api/debate-schemas';
import { normalizeCode } from '@/lib/debate/formats';
import { getActor } from '@/lib/server/auth';
import { isHttps, clientAddress } from '@/lib/server/client-info';
import { COOKIE_PATH, GUEST_PREFIX, joinFailed, joinRetryAfter, joinSession, participantCookie } from '@/lib/server/debate';
import { HttpError, json, readBody, route } from '@/lib/server/http';
import { tooManyAttempts } from '@/lib/server/throttle';

/**
 * Joins a live session by its code. Answers the participant's bearer secret and sets it
 * as an httpOnly cookie for the session endpoints only; wrong codes are throttled per
 * client address.
 */
export const POST = route(async (req) => {
  const address = clientAddress(req);
  const wait = joinRetryAfter(address);
  if (wait > 0) throw tooManyAttempts(wait, 'wrong join codes');
  const input = await readBody(req, joinRequest);
  // a bearer participant secret is no account: it joins as a guest
  const auth = req.headers.get('authorization') ?? '';
  const actor = auth.includes(GUEST_PREFIX) ? null : await getActor(req);
  const joined = await joinSession(normalizeCode(input.code), input.name, input.side, actor, (id) => req.cookies.get(participantCookie(id))?.value);
  if (!joined) {
    joinFailed(address);
    throw new HttpError(404, 'Not found', 'No live session has this code.', { type: 'urn:pleit:problem:unknown-code' });
  }
  const { session, participant, secret, rejoined } = joined;
  const res = json({ sessionId: session.id, participantId: participant.id, token: secret, name: participant.name, side: participant.side, rejoined }, rejoined ? 200 : 201);
  const secure = isHttps(req) ? '; Secure' : '';
  res.headers.append('set-cookie', `${participantCookie(session.id)}=${secret}; Path=${COOKIE_PATH}; HttpOnly; SameSite=Lax; Max-Age=${7 * 24 * 3600}${secure}`);
  return res;
});
