// What the benchmarks share: the production server started the way `npm start` starts
// it (scripts/start.mjs, in its own process group, on loopback), and a signed-in user.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { freePort } from '../scripts/free-port.mjs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');


export interface BenchServer {
  baseUrl: string;
  /** the pid of scripts/start.mjs, the leader of the server's process group */
  pid: number;
  output(): string;
  /** stops the whole process group (SIGTERM, then SIGKILL after 5 s) and removes its data folder */
  stop(): Promise<void>;
}

export interface ServerOptions {
  label: string;
  /** PostgreSQL URL; SQLite in a fresh data folder when not given */
  databaseUrl?: string;
  env?: Record<string, string>;
}

export async function startServer(opts: ServerOptions): Promise<BenchServer> {
  if (!existsSync(path.join(root, '.next', 'BUILD_ID'))) throw new Error('build first: npx next build');
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(tmpdir(), `pleit-bench-${opts.label}-`));
  const baseUrl = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    PLEIT_DATA_DIR: dataDir,
    NEXTAUTH_URL: baseUrl,
    NEXTAUTH_SECRET: 'bench-secret-not-for-production-0123456789',
    NEXT_TELEMETRY_DISABLED: '1',
    ...opts.env,
  };
  if (opts.databaseUrl) env.DATABASE_URL = opts.databaseUrl;
  else delete env.DATABASE_URL;
  const child = spawn(process.execPath, [path.join(root, 'scripts', 'start.mjs')], { cwd: root, detached: true, stdio: ['ignore', 'pipe', 'pipe'], env });
  let output = '';
  const keep = (d: Buffer) => {
    output = (output + d.toString()).slice(-20_000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const signal = (sig: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, sig);
    } catch {
      /* the group is gone */
    }
  };
  let stopped: Promise<void> | null = null;
  const server: BenchServer = {
    baseUrl,
    pid: child.pid!,
    output: () => output,
    stop: () =>
      (stopped ??= (async () => {
        signal('SIGTERM');
        const late = setTimeout(() => signal('SIGKILL'), 5000);
        if (child.exitCode === null && child.signalCode === null) await exited;
        clearTimeout(late);
        // next-server may outlive start.mjs for a moment
        signal('SIGKILL');
        rmSync(dataDir, { recursive: true, force: true });
      })()),
  };
  for (let i = 0; i < 600 && child.exitCode === null; i++) {
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) return server;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  await server.stop();
  throw new Error(`the ${opts.label} server did not start:\n${output}`);
}

/** A cookie session against one server (next-auth's credentials flow). */
export class Session {
  cookies = new Map<string, string>();
  userId = '';
  email = '';
  constructor(readonly baseUrl: string) {}
  header() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
  async fetch(p: string, init: RequestInit = {}) {
    const res = await fetch(`${this.baseUrl}${p}`, { ...init, redirect: 'manual', headers: { ...(init.headers as Record<string, string>), cookie: this.header() } });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const eq = pair.indexOf('=');
      this.cookies.set(pair.slice(0, eq), pair.slice(eq + 1));
    }
    return res;
  }
  async json(p: string, body: unknown) {
    const res = await this.fetch(p, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    if (!res.ok) throw new Error(`${p}: ${res.status} ${await res.text()}`);
    return res.json();
  }
}

export async function signUpAndIn(baseUrl: string, name = 'Benchmark'): Promise<Session> {
  const s = new Session(baseUrl);
  const email = `bench-${randomUUID().slice(0, 12)}@example.org`;
  const password = 'benchmark password';
  const created = (await s.json('/api/v1/users', { email, password, name })) as { id: string };
  s.userId = created.id;
  s.email = email;
  const { csrfToken } = (await (await s.fetch('/api/auth/csrf')).json()) as { csrfToken: string };
  await s.fetch('/api/auth/callback/credentials', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ csrfToken, email, password, json: 'true' }).toString(),
  });
  const me = await s.fetch('/api/v1/me');
  if (!me.ok) throw new Error('sign-in failed');
  return s;
}
