import { databaseProvider, db } from '@/lib/server/db';
import { json } from '@/lib/server/http';

export const dynamic = 'force-dynamic';

/** Liveness and database reachability, for load balancers and the test harness. */
export async function GET() {
  const started = performance.now();
  try {
    await db().$queryRaw`SELECT 1`;
    return json({ status: 'ok', database: { provider: databaseProvider(), reachable: true, latencyMs: Math.round(performance.now() - started) } });
  } catch (e) {
    return json({ status: 'error', database: { provider: databaseProvider(), reachable: false, error: (e as Error).message.split('\n')[0] } }, 503);
  }
}
