// npm run db:seed: creates or updates the public demo map (idempotent).
// With --if-empty (used by npm start) it leaves an existing demo map alone.
import { seedMap } from '@/prisma/seed/migration-map';
import { seedDemoMap } from '@/lib/server/seed';
import { db } from '@/lib/server/db';

const ifEmpty = process.argv.includes('--if-empty');
try {
  const { created, operations } = await seedDemoMap(seedMap, { ifEmpty });
  if (created) console.log(`[pleit] seeded the demo map "${seedMap.title}" (${seedMap.nodes.length} nodes)`);
  else if (operations) console.log(`[pleit] updated the demo map: ${operations} operations`);
  else if (!ifEmpty) console.log('[pleit] the demo map is up to date');
} finally {
  await db().$disconnect();
}
