// npm run db:migrate | db:seed, against DATABASE_URL (default ./data/pleit.db).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { migrate } from './migrate.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const url = process.env.DATABASE_URL || `file:${path.join(root, 'data', 'pleit.db')}`;
const env = { ...process.env, DATABASE_URL: url };
await migrate(url);
if (process.argv[2] === 'seed') {
  const tsx = path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  const r = spawnSync(process.execPath, [tsx, '--conditions=react-server', path.join(root, 'scripts', 'seed.ts')], { cwd: root, env, stdio: 'inherit' });
  process.exit(r.status ?? 1);
}
