import path from 'node:path';
import { defineConfig } from 'vitest/config';

// unit: pure modules, no server. api: HTTP integration tests against a running server
// (PLEIT_BASE_URL), started by scripts/test.mjs on SQLite and on PostgreSQL.
export default defineConfig({
  // server-only throws outside a react-server bundle; the unit tests import server modules
  resolve: { alias: { '@': path.resolve(import.meta.dirname), 'server-only': path.resolve(import.meta.dirname, 'node_modules/server-only/empty.js') } },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'api',
          include: ['tests/api/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          maxWorkers: 2,
        },
      },
    ],
  },
});
