// The signed-in user for server components (pages), from the next-auth session, while
// that session is live on the server (not signed out, not ended by a password change).
import 'server-only';
import { getServerSession } from 'next-auth';
import { authOptions, liveSessionUser } from './auth';

export async function currentUser(): Promise<{ id: string; email: string; name: string } | null> {
  const session = await getServerSession(authOptions);
  const id = (session?.user as { id?: string } | undefined)?.id;
  if (!id) return null;
  const user = await liveSessionUser((session as { sid?: string }).sid, id);
  return user && { id: user.id, email: user.email, name: user.name };
}
