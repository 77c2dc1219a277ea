// A second (or restarted) Pleit server for the tests that need more than the one
// scripts/test.mjs started: several processes on one database, a restart. Started the
// way `npm start` starts it, asynchronously (the test's own event loop keeps running),
// and stopped by its process group.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { freePort } from '../../scripts/free-port.mjs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', '..');


export interface SpawnedServer {
  baseUrl: string;
  port: number;
  dataDir: string;
  databaseUrl: string;
  output(): string;
  /** SIGTERM to the process group; resolves when it has exited */
  stop(): Promise<void>;
}

/**
 * Starts a server on `databaseUrl` (a new SQLite file when omitted) and resolves once
 * /api/health answers. `port` and `dataDir` let a test restart a server where it was.
 */
export async function spawnServer(opts: { databaseUrl?: string; port?: number; dataDir?: string; timeoutMs?: number; env?: Record<string, string> } = {}): Promise<SpawnedServer> {
  const port = opts.port ?? (await freePort());
  const dataDir = opts.dataDir ?? mkdtempSync(path.join(tmpdir(), 'pleit-extra-'));
  const databaseUrl = opts.databaseUrl ?? `file:${path.join(dataDir, 'pleit.db')}`;
  const env = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: '1',
    PORT: String(port),
    HOST: '127.0.0.1',
    PLEIT_DATA_DIR: dataDir,
    DATABASE_URL: databaseUrl,
    NEXTAUTH_URL: `http://127.0.0.1:${port}`,
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? 'test-secret-not-for-production-0123456789',
    ...opts.env,
  };
  const child: ChildProcess = spawn(process.execPath, [path.join(root, 'scripts', 'start.mjs')], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      try {
        process.kill(-child.pid!, 'SIGTERM');
      } catch {
        /* gone */
      }
      await exited;
    }
  };
  const deadline = Date.now() + (opts.timeoutMs ?? 180_000);
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      const res = await fetch(`${baseUrl}/api/health`);
      if (res.ok) return { baseUrl, port, dataDir, databaseUrl, output: () => out, stop };
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  await stop();
  throw new Error(`the extra server did not become healthy:\n${out}`);
}

export function removeDir(dir: string) {
  rmSync(dir, { recursive: true, force: true });
}
