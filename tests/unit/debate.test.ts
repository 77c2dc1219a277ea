import { describe, expect, it } from 'vitest';
import { CODE_ALPHABET, FORMAT_AGENDAS, freshPrep, normalizeCode, prepAt, readPrep, remainingAt, startPrep, stopPrep } from '@/lib/debate/formats';
import { joinRequest, proposalCreate, timerRequest, voteRequest } from '@/lib/api/debate-schemas';
import { openApiDocument } from '@/lib/api/openapi';

describe('debate formats and codes', () => {
  it('has no ambiguous characters in join codes, and reads a code as typed', () => {
    for (const c of '0O1lIL') expect(CODE_ALPHABET).not.toContain(c);
    expect(new Set(CODE_ALPHABET).size).toBe(CODE_ALPHABET.length);
    expect(normalizeCode(' abc-def g ')).toBe('ABCDEFG');
  });

  it('gives British Parliamentary 8 × 7 min and Lincoln–Douglas 6-3-7-3-4-6-3 with 4 min preparation', () => {
    expect(FORMAT_AGENDAS.bp.phases.map((p) => p.seconds)).toEqual(Array(8).fill(420));
    expect(FORMAT_AGENDAS.ld.phases.map((p) => p.seconds / 60)).toEqual([6, 3, 7, 3, 4, 6, 3]);
    expect(FORMAT_AGENDAS.ld.prepSeconds).toBe(240);
    expect(FORMAT_AGENDAS.classroom.phases.map((p) => p.name)).toEqual(['Opening', 'Reasons', 'Rebuttals', 'Vote']);
  });

  it('keeps each side\'s preparation bank: one clock runs, the other keeps what it had, an empty bank cannot start', () => {
    const t0 = Date.parse('2026-12-02T10:00:00Z');
    const fresh = freshPrep(240);
    expect(prepAt(fresh, t0)).toEqual({ totalMs: 240_000, remainingMs: { pro: 240_000, contra: 240_000 }, running: null, startedAt: null });
    const pro = startPrep(fresh, 'pro', t0)!;
    expect(prepAt(pro, t0 + 90_000).remainingMs).toEqual({ pro: 150_000, contra: 240_000 });
    // switching sides banks the running one
    const contra = startPrep(pro, 'contra', t0 + 90_000)!;
    expect(prepAt(contra, t0 + 100_000).remainingMs).toEqual({ pro: 150_000, contra: 230_000 });
    const stopped = stopPrep(contra, t0 + 100_000);
    expect(stopped.running).toBeNull();
    expect(prepAt(stopped, t0 + 999_000).remainingMs).toEqual({ pro: 150_000, contra: 230_000 });
    // a clock past its bank shows 0, and a used-up side cannot start again
    const over = stopPrep(startPrep(stopped, 'pro', t0)!, t0 + 500_000);
    expect(over.pro).toBe(0);
    expect(startPrep(over, 'pro', t0 + 500_000)).toBeNull();
    // what is stored comes back, and a session from before prep time (or a damaged column) has none
    expect(readPrep(JSON.stringify(contra))).toEqual(contra);
    expect(readPrep('{}').totalMs).toBe(0);
    expect(readPrep('not json').totalMs).toBe(0);
    expect(readPrep(JSON.stringify({ ...fresh, pro: 9e9, running: 'sideways' }))).toMatchObject({ pro: 240_000, running: null });
  });

  it('computes what is left from the stored start and remainder only', () => {
    const startedAt = new Date('2026-01-01T10:00:00Z');
    const t0 = startedAt.getTime();
    expect(remainingAt({ state: 'running', startedAt, remainingMs: 60_000 }, t0 + 15_000)).toBe(45_000);
    expect(remainingAt({ state: 'running', startedAt, remainingMs: 60_000 }, t0 + 90_000)).toBe(0);
    expect(remainingAt({ state: 'paused', startedAt: null, remainingMs: 30_000 }, t0 + 999_999)).toBe(30_000);
  });
});

describe('debate request schemas', () => {
  it('bounds names, votes and timer actions', () => {
    expect(joinRequest.safeParse({ code: 'ABCDEFG', name: 'x'.repeat(60) }).success).toBe(true);
    expect(joinRequest.safeParse({ code: 'ABCDEFG', name: 'x'.repeat(61) }).success).toBe(false);
    expect(joinRequest.safeParse({ code: 'ABCDEFG', name: '   ' }).success).toBe(false);
    expect(voteRequest.safeParse({ agreement: -2, impact: 4 }).success).toBe(true);
    expect(voteRequest.safeParse({ agreement: 3 }).success).toBe(false);
    expect(voteRequest.safeParse({ impact: -1 }).success).toBe(false);
    expect(voteRequest.safeParse({}).success).toBe(false);
    expect(timerRequest.safeParse({ action: 'rewind' }).success).toBe(false);
    expect(proposalCreate.safeParse({ operations: [] }).success).toBe(false);
    expect(proposalCreate.safeParse({ operations: [{ op: 'create', entity: 'node', id: 'not-a-uuid', data: { kind: 'CLAIM', title: 'x' } }] }).success).toBe(false);
  });

  it('documents the session endpoints in the OpenAPI document', () => {
    const paths = Object.keys((openApiDocument() as { paths: Record<string, unknown> }).paths);
    for (const p of ['/api/v1/maps/{mapId}/sessions', '/api/v1/sessions/join', '/api/v1/sessions/{sessionId}', '/api/v1/sessions/{sessionId}/proposals/{proposalId}/approve', '/api/v1/sessions/{sessionId}/votes/{nodeId}', '/api/v1/sessions/{sessionId}/stream', '/api/v1/sessions/{sessionId}/report']) {
      expect(paths).toContain(p);
    }
  });
});
