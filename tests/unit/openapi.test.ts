import { describe, expect, it } from 'vitest';
import { openApiDocument } from '@/lib/api/openapi';

describe('the OpenAPI document', () => {
  const doc = openApiDocument() as { openapi: string; paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: { properties?: Record<string, unknown>; required?: string[] } }> } }>> };
  it('is OpenAPI 3.1 and lists every endpoint of the v1 API', () => {
    expect(doc.openapi).toBe('3.1.0');
    for (const p of ['/api/v1/users', '/api/v1/tokens', '/api/v1/tokens/{tokenId}', '/api/v1/me', '/api/v1/maps', '/api/v1/maps/{mapId}', '/api/v1/maps/{mapId}/graph', '/api/v1/maps/{mapId}/evaluation', '/api/v1/maps/{mapId}/operations', '/api/v1/maps/{mapId}/events', '/api/v1/maps/{mapId}/members', '/api/v1/maps/{mapId}/members/{userId}', '/api/v1/maps/{mapId}/export.svg', '/api/v1/maps/{mapId}/export.png', '/api/v1/maps/{mapId}/export.pdf', '/api/v1/maps/{mapId}/export.json', '/api/v1/maps/{mapId}/export.argdown', '/api/v1/maps/{mapId}/export.aif.json', '/api/v1/maps/{mapId}/export.kialo.txt', '/api/v1/maps/import', '/api/v1/maps/{mapId}/import', '/api/v1/schemas/map.json']) {
      expect(doc.paths[p], p).toBeDefined();
    }
    for (const c of ['nodes', 'relations', 'tags', 'sources', 'citations']) {
      expect(Object.keys(doc.paths[`/api/v1/maps/{mapId}/${c}/{entityId}`]).sort()).toEqual(['delete', 'get', 'parameters', 'patch']);
    }
  });
  it('describes request bodies from the zod schemas the handlers use', () => {
    const node = doc.paths['/api/v1/maps/{mapId}/nodes'].post.requestBody!.content['application/json'].schema;
    expect(Object.keys(node.properties ?? {})).toEqual(expect.arrayContaining(['kind', 'title', 'body', 'x', 'y', 'tagIds', 'citations']));
    expect(node.required).toEqual(expect.arrayContaining(['kind', 'title']));
    const user = doc.paths['/api/v1/users'].post.requestBody!.content['application/json'].schema;
    expect(user.required).toEqual(expect.arrayContaining(['email', 'password', 'name']));
  });
});
