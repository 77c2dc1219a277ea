// Configuration for the Prisma CLI only (the app builds its client in lib/server/db.ts).
// It is used at development time by scripts/prisma-schemas.mjs to diff schemas into
// migrations. Prisma 6.19 runs that through its bundled WebAssembly engine when
// `engine` is "js" and an adapter is given, so it needs no downloaded binary.
import path from 'node:path';
import { defineConfig } from 'prisma/config';
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';

const provider = process.env.PLEIT_PRISMA_PROVIDER === 'postgresql' ? 'postgresql' : 'sqlite';

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: path.join('prisma', provider, 'schema.prisma'),
  migrations: { path: path.join('prisma', provider, 'migrations') },
  async adapter() {
    if (provider === 'postgresql') {
      return new PrismaPg({ connectionString: process.env.DATABASE_URL ?? 'postgresql://localhost:5432/pleit' });
    }
    return new PrismaBetterSQLite3({ url: process.env.DATABASE_URL ?? 'file:./data/pleit.db' });
  },
});
