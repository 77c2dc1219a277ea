// The pure parts of the account and web defences: where a sign-in may lead, the
// failure window, which passwords are refused, which media types are JSON.
import { describe, expect, it } from 'vitest';
import { openApiDocument } from '@/lib/api/openapi';
import { isJsonMediaType } from '@/lib/server/http';
import { passwordReason } from '@/lib/server/password-policy';
import { sameOriginPath, sameOriginUrl } from '@/lib/safe-redirect';
import { FailureLog } from '@/lib/server/throttle';

const ORIGIN = 'http://127.0.0.1:3000';

describe('sameOriginPath', () => {
  it('keeps paths on the site and refuses what a browser would take elsewhere', () => {
    expect(sameOriginPath('/maps/abc?x=1#n', ORIGIN)).toBe('/maps/abc?x=1#n');
    expect(sameOriginPath(`${ORIGIN}/account`, ORIGIN)).toBe('/account');
    for (const evil of ['/\\evil.example', '/\t/evil.example', '//evil.example', 'https://evil.example/', 'javascript:alert(1)', '\\\\evil.example', ' //evil.example']) {
      expect(sameOriginPath(evil, ORIGIN), JSON.stringify(evil)).toBe('/maps');
    }
    // a same-origin URL whose path starts with two slashes is not a way out either
    expect(sameOriginPath(`${ORIGIN}//evil.example`, ORIGIN)).toBe('/evil.example');
    expect(sameOriginPath(undefined, ORIGIN)).toBe('/maps');
    expect(sameOriginUrl('/\\evil.example', ORIGIN)).toBe(`${ORIGIN}/`);
  });
});

describe('FailureLog', () => {
  it('refuses a key at its limit until the oldest counted failure leaves the window', () => {
    const log = new FailureLog({ limit: 3, windowMs: 60_000 });
    for (const t of [0, 10_000, 20_000]) {
      expect(log.retryAfter('k', t)).toBe(0);
      log.fail('k', t);
    }
    expect(log.retryAfter('k', 20_000)).toBe(40);
    expect(log.retryAfter('other', 20_000)).toBe(0);
    expect(log.retryAfter('k', 60_001)).toBe(0);
    log.clear('k');
    expect(log.retryAfter('k', 20_001)).toBe(0);
  });

  it('forgets the keys used longest ago past its size bound', () => {
    const log = new FailureLog({ limit: 1, windowMs: 60_000 }, 10);
    for (let i = 0; i < 11; i++) log.fail(`k${i}`, 0);
    expect(log.retryAfter('k0', 1)).toBe(0);
    expect(log.retryAfter('k10', 1)).toBeGreaterThan(0);
  });
});

describe('passwordReason', () => {
  it('refuses common, blank and e-mail passwords, and accepts others', () => {
    expect(passwordReason('12345678', 'a@b.org')).toBe('common');
    expect(passwordReason('PassWord', 'a@b.org')).toBe('common');
    expect(passwordReason('        ', 'a@b.org')).toBe('blank');
    expect(passwordReason('Lotte@Example.org', 'lotte@example.org')).toBe('email');
    expect(passwordReason('lotte.peeters', 'lotte.peeters@example.org')).toBe('email');
    expect(passwordReason('correct horse battery staple', 'a@b.org')).toBeNull();
  });
});

describe('isJsonMediaType', () => {
  it('parses the media type instead of looking for "json" anywhere', () => {
    for (const t of ['application/json', 'application/json; charset=utf-8', 'APPLICATION/JSON', 'application/merge-patch+json']) expect(isJsonMediaType(t), t).toBe(true);
    for (const t of ['text/plain; charset=json', 'application/jsonx', 'text/json', 'application/x-json-stream', 'multipart/form-data; boundary=json']) expect(isJsonMediaType(t), t).toBe(false);
  });
});

describe('the OpenAPI document', () => {
  it('lists the invitation, password and token endpoints', () => {
    const paths = (openApiDocument() as { paths: Record<string, unknown> }).paths;
    for (const p of ['/api/v1/me/password', '/api/v1/maps/{mapId}/invitations', '/api/v1/maps/{mapId}/invitations/{invitationId}', '/api/v1/invitations', '/api/v1/invitations/{invitationId}/accept', '/api/v1/invitations/{invitationId}/decline']) {
      expect(paths[p], p).toBeDefined();
    }
  });
});
