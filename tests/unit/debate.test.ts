import { describe, expect, it } from 'vitest';
import { CODE_ALPHABET, FORMAT_AGENDAS, normalizeCode, remainingAt } from '@/lib/debate/formats';
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
