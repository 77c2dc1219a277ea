// The sharing part of the OpenAPI document (lib/api/openapi.ts merges it in): access
// requests, class templates and duplicating a map, from the schemas their routes parse with.
import { z } from 'zod';
import { ROLES } from '@/lib/argument/model';
import * as sh from './sharing-schemas';

type Helpers = {
  body: (t: z.ZodType) => unknown;
  ok: (t: z.ZodType, description?: string) => unknown;
  problems: Record<string, unknown>;
};

export function sharingPaths({ body, ok, problems }: Helpers): Record<string, unknown> {
  const p = (name: string) => ({ name, in: 'path', required: true, schema: { type: 'string' } });
  const request = z.object({
    id: z.string(), mapId: z.string(), userId: z.string(), name: z.string().optional(), email: z.string().optional(),
    message: z.string(), status: z.enum(['pending', 'granted', 'refused']), role: z.enum(ROLES).nullable(), createdAt: z.string(), decidedAt: z.string().nullable(),
  });
  const template = z.object({
    id: z.string(), mapId: z.string(), token: z.string(), url: z.string(), ownerReads: z.boolean(), createdAt: z.string(), revokedAt: z.string().nullable(),
    copies: z.array(z.object({ userId: z.string(), name: z.string(), mapId: z.string(), createdAt: z.string() })),
  });
  return {
    '/api/v1/maps/{mapId}/access-requests': {
      parameters: [p('mapId')],
      get: { summary: 'OWNER: the pending requests (view "owner"). Anyone else signed in: their own request, if any (view "mine"), answered alike for a private map and for no map', responses: { 200: ok(z.object({ view: z.enum(['owner', 'mine']), requests: z.array(request) })), ...problems } },
      post: { summary: `Ask the OWNERs for access (signed in). 201 new or asked again, 200 pending already; stored alike for a private map and for no map; ${'PLEIT_ACCESS_REQUESTS_PER_HOUR'} (10) per account and hour, then 429; 409 when a member, or refused less than a day ago`, requestBody: body(sh.accessRequestCreate), responses: { 201: ok(request, 'Asked'), ...problems } },
    },
    '/api/v1/maps/{mapId}/access-requests/{requestId}/grant': {
      parameters: [p('mapId'), p('requestId')],
      post: { summary: 'Grant a pending request with a role (OWNER): the asker becomes a member', requestBody: body(sh.accessRequestGrant), responses: { 200: ok(z.object({ request, member: z.object({}).passthrough() })), ...problems } },
    },
    '/api/v1/maps/{mapId}/access-requests/{requestId}/refuse': {
      parameters: [p('mapId'), p('requestId')],
      post: { summary: 'Refuse a pending request (OWNER)', responses: { 200: ok(z.object({ request })), ...problems } },
    },
    '/api/v1/maps/{mapId}/templates': {
      parameters: [p('mapId')],
      get: { summary: 'Class template links and the copies made from each (OWNER)', responses: { 200: ok(z.object({ templates: z.array(template) })), ...problems } },
      post: { summary: 'A new class template link (OWNER): each signed-in person who opens it gets one copy of their own', requestBody: body(sh.templateCreate), responses: { 201: ok(template, 'Created'), ...problems } },
    },
    '/api/v1/maps/{mapId}/templates/{templateId}': {
      parameters: [p('mapId'), p('templateId')],
      delete: { summary: 'Withdraw a template link (OWNER); the copies stay', responses: { 204: { description: 'Done' }, ...problems } },
    },
    '/api/v1/templates/{token}': {
      parameters: [p('token')],
      get: { summary: "What a template link hands out, and the caller's copy (signed in)", responses: { 200: ok(z.object({ title: z.string(), description: z.string(), createdByName: z.string(), ownerReads: z.boolean(), isMaker: z.boolean(), copy: z.object({ mapId: z.string() }).nullable() })), ...problems } },
    },
    '/api/v1/templates/{token}/copy': {
      parameters: [p('token')],
      post: { summary: "The caller's own copy: 201 made now, 200 the same copy again; 413 past the copy limit", responses: { 201: ok(z.object({ mapId: z.string(), created: z.boolean() }), 'Copied'), ...problems } },
    },
    '/api/v1/maps/{mapId}/copy': {
      parameters: [p('mapId')],
      post: { summary: 'Duplicate a map the caller may read into a new PRIVATE map of their own (source texts only for members); 413 past the copy limit', requestBody: body(sh.mapCopy), responses: { 201: ok(z.object({}).passthrough(), 'Copied'), ...problems } },
    },
  };
}
