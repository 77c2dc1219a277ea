// The signed-in user for server components (pages), from the next-auth session.
import 'server-only';
import { getServerSession } from 'next-auth';
import { authOptions } from './auth';
import { db } from './db';

export async function currentUser(): Promise<{ id: string; email: string; name: string } | null> {
  const session = await getServerSession(authOptions);
  const id = (session?.user as { id?: string } | undefined)?.id;
  if (!id) return null;
  const user = await db().user.findUnique({ where: { id }, select: { id: true, email: true, name: true } });
  return user;
}
