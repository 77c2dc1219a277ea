// The demo map on a real server: seeded on first start, public and read-only, and
// `npm run db:seed` run again against the same database changes nothing.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { call, expectProblem, newUser, type TestUser } from './client';

const DEMO_MAP_ID = '5eed0000-0000-4000-8000-000000000001';
const root = path.resolve(import.meta.dirname, '..', '..');

let stranger: TestUser;
beforeAll(async () => {
  stranger = await newUser('demo-stranger');
});

describe('the demo map', () => {
  it('is there after the first start, public, with its sources and citations, readable without an account', async () => {
    const g = await call('GET', `/api/v1/maps/${DEMO_MAP_ID}/graph`);
    expect(g.status).toBe(200);
    expect(g.body.map).toMatchObject({ title: 'Migratie, integratie en draagvlak', visibility: 'PUBLIC', language: 'nl', role: null });
    expect(g.body.nodes.length).toBeGreaterThanOrEqual(80);
    expect(g.body.sources).toHaveLength(5);
    const cited = new Set(g.body.citations.map((c: { nodeId: string }) => c.nodeId));
    const needing = g.body.nodes.filter((n: { kind: string }) => n.kind !== 'QUESTION');
    expect(needing.filter((n: { id: string }) => !cited.has(n.id))).toEqual([]);
    // the sources have no stored text: their citations are unchecked, never claimed verified
    expect(new Set(g.body.citations.map((c: { quoteStatus: string }) => c.quoteStatus))).toEqual(new Set(['unchecked']));
  });

  it('is read-only for everyone but its owner', async () => {
    const g = (await call('GET', `/api/v1/maps/${DEMO_MAP_ID}/graph`)).body;
    const node = g.nodes[0];
    const op = { operations: [{ op: 'update', entity: 'node', id: node.id, version: node.version, data: { title: 'Vandalisme' } }] };
    expectProblem(await call('POST', `/api/v1/maps/${DEMO_MAP_ID}/operations`, { body: op }), 401);
    expectProblem(await call('POST', `/api/v1/maps/${DEMO_MAP_ID}/operations`, { token: stranger.token, body: op }), 403);
    expectProblem(await call('DELETE', `/api/v1/maps/${DEMO_MAP_ID}?version=1`, { token: stranger.token }), 403);
    const after = (await call('GET', `/api/v1/maps/${DEMO_MAP_ID}/graph`)).body;
    expect(after.revision).toBe(g.revision);
  });

  it('seeding again changes nothing (npm run db:seed is idempotent)', async () => {
    const before = (await call('GET', `/api/v1/maps/${DEMO_MAP_ID}/graph`)).body;
    // run without blocking this process: a blocked event loop misses the server closing an idle
    // keep-alive connection, and the next request on it fails ("other side closed")
    const run = await new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [path.join(root, 'scripts', 'db.mjs'), 'seed'], { cwd: root, env: process.env, timeout: 120_000 });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d) => (stdout += d));
      child.stderr.on('data', (d) => (stderr += d));
      child.on('close', (status) => resolve({ status, stdout, stderr }));
    });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('the demo map is up to date');
    const after = (await call('GET', `/api/v1/maps/${DEMO_MAP_ID}/graph`)).body;
    expect(after.revision).toBe(before.revision);
    expect(after.nodes.map((n: { id: string; version: number }) => `${n.id}:${n.version}`).sort()).toEqual(
      before.nodes.map((n: { id: string; version: number }) => `${n.id}:${n.version}`).sort(),
    );
  });
});
