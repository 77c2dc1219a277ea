// The production server the benchmarks run against, started the way `npm start` starts
// it (scripts/start.mjs) on a fresh data folder: SQLite there, or the database named.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

export async function startServer(opts: { databaseUrl?: string; env?: Record<string, string> } = {}): Promise<{ baseUrl: string; stop: () => void }> {
  if (!existsSync(path.join(root, '.next', 'BUILD_ID'))) throw new Error('build first: npx next build');
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'pleit-bench-'));
  const baseUrl = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(process.execPath, [path.join(root, 'scripts', 'start.mjs')], {
    cwd: root,
    detached: true,
    stdio: 'ignore',
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      PLEIT_DATA_DIR: dataDir,
      DATABASE_URL: opts.databaseUrl ?? `file:${path.join(dataDir, 'pleit.db')}`,
      NEXTAUTH_URL: baseUrl,
      NEXTAUTH_SECRET: 'bench-secret-not-for-production-0123456789',
      NEXT_TELEMETRY_DISABLED: '1',
      ...opts.env,
    },
  });
  const stop = () => {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      /* gone */
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  for (let i = 0; i < 400; i++) {
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) return { baseUrl, stop };
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  stop();
  throw new Error('the server did not start');
}
