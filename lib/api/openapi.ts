// The OpenAPI 3.1 document of /api/v1, generated from the same zod schemas the route
// handlers parse with (OpenAPI 3.1 schemas are JSON Schema 2020-12, which zod emits).
import { z } from 'zod';
import { NODE_KINDS, QUOTE_STATUSES, RELATION_TYPES, ROLES, SOURCE_TYPES, VISIBILITIES } from '@/lib/argument/model';
import { BIBLIOGRAPHY_FORMATS } from '@/lib/sourcing/bibliography-styles';
import { SOURCE_TEXT_LIMITS, TEXT_FORMATS } from '@/lib/sourcing/limits';
import * as s from './schemas';
import { exportBody, exportQuery } from './export-schemas';
import { mapDocument } from '@/lib/interchange/json';
import { sessionPaths } from './openapi-sessions';
import { sharingPaths } from './openapi-sharing';

const out = {
  node: z.object({ id: z.string(), kind: z.enum(NODE_KINDS), title: z.string(), body: z.string(), x: z.number(), y: z.number(), tagIds: z.array(z.string()), version: z.number().int() }),
  relation: z.object({ id: z.string(), type: z.enum(RELATION_TYPES), fromId: z.string(), toId: z.string().describe('a node id, or a relation id for UNDERCUTS'), version: z.number().int() }),
  tag: z.object({ id: z.string(), name: z.string(), color: z.string(), version: z.number().int() }),
  source: z.object({ id: z.string(), type: z.enum(SOURCE_TYPES), title: z.string(), authors: z.array(s.author), container: z.string(), publisher: z.string(), date: z.string(), pages: z.string(), url: z.string(), accessed: z.string(), language: z.string(), hasText: z.boolean(), fingerprint: z.string().optional().describe('SHA-256 (hex) of the normalised text the quotes were taken from, when recorded'), version: z.number().int() }),
  citation: z.object({ id: z.string(), nodeId: z.string(), sourceId: z.string(), quote: z.string(), locator: s.locator, quoteStatus: z.enum(QUOTE_STATUSES).describe('verified: the quote occurs in the source\'s stored text; mismatch: it no longer does; unchecked: the source has no stored text'), version: z.number().int() }),
  map: z.object({ id: z.string(), title: z.string(), description: z.string(), language: z.string(), visibility: z.enum(VISIBILITIES), ownerId: z.string(), createdAt: z.string(), updatedAt: z.string(), revision: z.number().int(), version: z.number().int(), role: z.enum(ROLES).nullable() }),
  event: z.object({ seq: z.number().int(), type: z.string(), entity: z.string(), entityId: z.string(), actorId: z.string().nullable(), at: z.string(), data: z.unknown() }),
  member: z.object({ userId: z.string(), email: z.string(), name: z.string(), role: z.enum(ROLES), version: z.number().int() }),
  invitation: z.object({ id: z.string(), mapId: z.string(), email: z.string(), role: z.enum(ROLES), invitedById: z.string(), createdAt: z.string() }),
  token: z.object({ id: z.string(), name: z.string(), prefix: z.string(), scope: z.enum(['read', 'write']), createdAt: z.string(), expiresAt: z.string(), lastUsedAt: z.string().nullable() }),
  problem: z.object({ type: z.string(), title: z.string(), status: z.number().int(), detail: z.string().optional(), rule: z.string().optional(), errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(), current: z.unknown().optional() }),
};

const fingerprintMatch = z.boolean().optional().describe("whether the stored text's SHA-256 is the source's fingerprint (absent: the source has no fingerprint, or no text)");

const schema = (t: z.ZodType) => z.toJSONSchema(t, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' });
const body = (t: z.ZodType) => ({ required: true, content: { 'application/json': { schema: schema(t) } } });
const ok = (t: z.ZodType, description = 'OK') => ({ description, content: { 'application/json': { schema: schema(t) } } });
const problems = Object.fromEntries(
  [
    ['400', 'Malformed JSON'],
    ['401', 'Not signed in, or a bad token'],
    ['403', 'Not allowed'],
    ['404', 'Unknown id, or a private map you are not a member of'],
    ['409', 'Stale version: the answer carries the current entity'],
    ['413', 'Body too large'],
    ['415', 'Not JSON (application/json or a +json type)'],
    ['422', 'Invalid input, or a domain rule violated (named in `rule`)'],
    ['429', 'Too many failed attempts: wait Retry-After seconds'],
  ].map(([code, description]) => [code, { description, content: { 'application/problem+json': { schema: schema(out.problem) } } }]),
);
const mapId = { name: 'mapId', in: 'path', required: true, schema: { type: 'string' } };

const importAnswer = z.object({
  format: z.enum(['json', 'argdown', 'aif', 'kialo']),
  counts: z.record(z.string(), z.number().int()),
  report: z.object({
    items: z.array(z.object({ file: z.string().optional(), line: z.number().int().optional(), node: z.string().optional(), action: z.enum(['kept', 'skipped', 'changed']), message: z.string() })),
    omitted: z.number().int(),
  }),
});
const importParameters = [
  { name: 'format', in: 'query', required: false, schema: { type: 'string', enum: ['json', 'argdown', 'aif', 'kialo'] }, description: 'told from the content when absent' },
  { name: 'preview', in: 'query', required: false, schema: { type: 'string', enum: ['0', '1', 'true', 'false'] } },
  { name: 'name', in: 'query', required: false, schema: { type: 'string' }, description: "the file's name, for a raw body" },
];
const interchange = (summary: string, type: string, ova: boolean) => ({
  parameters: [mapId],
  get: {
    summary,
    parameters: [{ name: 'download', in: 'query', required: false, schema: { type: 'string', enum: ['0', '1', 'true', 'false'] } }, ...(ova ? [{ name: 'ova', in: 'query', required: false, schema: { type: 'string', enum: ['0', '1', 'true', 'false'] } }] : [])],
    responses: { 200: { description: 'The file (Content-Disposition names it; X-Pleit-Lossy lists what it could not carry, or "none")', content: { [type]: { schema: { type: 'string' } } } }, ...problems },
  },
});

/** The export endpoints and the imports (lib/server/export.ts, interchange-export.ts, interchange-import.ts). */
function exportPaths() {
  const query = (keep: (name: string) => boolean) =>
    Object.entries((schema(exportQuery) as { properties: Record<string, unknown> }).properties)
      .filter(([name]) => keep(name))
      .map(([name, sch]) => ({ name, in: 'query', required: false, schema: sch }));
  const responses = (type: string) => ({
    200: { description: 'The file (Content-Disposition names it)', content: { [type]: { schema: { type: 'string', format: 'binary' } } } },
    ...problems,
    413: { description: 'Too many nodes, or a PNG past the pixel limit (checked before drawing)', content: problems['422'].content },
    ...(type === 'image/svg+xml' ? {} : { 503: { description: 'Too many PNG/PDF exports running and waiting: try again after Retry-After seconds', content: problems['422'].content } }),
  });
  const image = (summary: string, type: string, extra: string[]) => ({
    parameters: [mapId],
    get: {
      summary,
      parameters: query((n) => !['scale', 'page'].includes(n) || extra.includes(n)),
      responses: responses(type),
    },
    post: {
      summary: `${summary}; the options (and a selection of any size, as \`nodes\`) in a JSON body`,
      requestBody: body(exportBody),
      responses: responses(type),
    },
  });
  return {
    '/api/v1/maps/{mapId}/export.svg': image('The map as SVG, drawn by the shared renderer (text as text)', 'image/svg+xml', []),
    '/api/v1/maps/{mapId}/export.png': image('The map as PNG at 1, 2 or 4 pixels per unit, rendered by resvg', 'image/png', ['scale']),
    '/api/v1/maps/{mapId}/export.pdf': image('The map as a vector PDF: A4 or A3 landscape, or a page the size of the map', 'application/pdf', ['page']),
    '/api/v1/maps/{mapId}/export.json': {
      parameters: [mapId],
      get: { summary: "The whole map in Pleit's lossless JSON format", parameters: query((n) => n === 'download'), responses: { 200: ok(mapDocument), ...problems } },
    },
    '/api/v1/schemas/map.json': { get: { summary: 'The JSON Schema of the map format', responses: { 200: { description: 'JSON Schema (draft 2020-12)' } } } },
    '/api/v1/maps/{mapId}/export.argdown': interchange('The map as Argdown; X-Pleit-Lossy lists what the format could not carry', 'text/plain', false),
    '/api/v1/maps/{mapId}/export.aif.json': interchange('The map as an AIF nodeset (ova=1: the OVA/xAIF wrapper with positions); X-Pleit-Lossy', 'application/json', true),
    '/api/v1/maps/{mapId}/export.kialo.txt': interchange('The map as a Kialo text export (classic layout); X-Pleit-Lossy', 'text/plain', false),
    '/api/v1/maps/import': {
      post: {
        summary: "A map file (Pleit's JSON, Argdown, AIF/xAIF or Kialo text; raw body or multipart `file` with `include` parts) becomes a new PRIVATE map owned by the caller; preview=1 creates nothing; a file that fails creates nothing (422 with positions)",
        parameters: importParameters,
        requestBody: { required: true, content: { 'application/json': { schema: schema(mapDocument) }, 'text/plain': { schema: { type: 'string' } }, 'multipart/form-data': { schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' }, include: { type: 'array', items: { type: 'string', format: 'binary' } } }, required: ['file'] } } } },
        responses: { 201: ok(importAnswer.extend({ map: out.map }), 'Created'), 200: ok(importAnswer.extend({ preview: z.literal(true), title: z.string() }), 'Preview'), 415: { description: 'Not a file Pleit reads' }, ...problems },
      },
    },
    '/api/v1/maps/{mapId}/import': {
      parameters: [mapId],
      post: {
        summary: "A map file's content added to an existing map, beside its nodes (EDITOR and up; tags of the same name reused)",
        parameters: importParameters,
        requestBody: { required: true, content: { 'text/plain': { schema: { type: 'string' } }, 'multipart/form-data': { schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } }, required: ['file'] } } } },
        responses: { 200: ok(importAnswer.extend({ map: z.object({ id: z.string(), revision: z.number().int() }) })), ...problems },
      },
    },
  };
}
const version = { name: 'version', in: 'query', required: true, schema: { type: 'integer', minimum: 1 } };
const noContent = { description: 'Done' };

const collections = [
  ['nodes', out.node, s.nodeCreateRequest, s.nodeUpdate],
  ['relations', out.relation, s.relationCreate, s.relationUpdate],
  ['tags', out.tag, s.tagCreate, s.tagUpdate],
  ['sources', out.source, s.sourceCreate, s.sourceUpdate],
  ['citations', out.citation, s.citationCreate, s.citationUpdate],
] as const;

export function openApiDocument() {
  const paths: Record<string, unknown> = {
    '/api/v1/users': { post: { summary: 'Sign up. Common passwords, blank ones and the e-mail address are refused (422, `reason`); a taken address is 409, at most 10 times in 15 minutes per client address (then 429)', requestBody: body(s.userCreate), responses: { 201: ok(z.object({ id: z.string(), email: z.string(), name: z.string() }), 'Created'), ...problems } } },
    '/api/v1/me': { get: { summary: 'The caller', responses: { 200: ok(z.object({ id: z.string(), email: z.string(), name: z.string() })), ...problems } } },
    '/api/v1/me/password': {
      post: { summary: 'Change the password (signed in with a session cookie; 403 for API tokens). Every other session of the account ends', requestBody: body(s.passwordChange), responses: { 200: ok(z.object({ changed: z.literal(true), otherSessionsEnded: z.literal(true) })), ...problems } },
    },
    '/api/v1/tokens': {
      get: { summary: "The caller's active, unexpired API tokens", responses: { 200: ok(z.object({ tokens: z.array(out.token) })), ...problems } },
      post: { summary: 'Create an API token (its secret is shown once). Only with a session cookie: a token may not make tokens (403). A read token is refused every write (403)', requestBody: body(s.tokenCreate), responses: { 201: ok(out.token.extend({ token: z.string() }), 'Created'), ...problems } },
    },
    '/api/v1/tokens/{tokenId}': { delete: { summary: 'Revoke a token', parameters: [{ name: 'tokenId', in: 'path', required: true, schema: { type: 'string' } }], responses: { 204: noContent, ...problems } } },
    '/api/v1/maps': {
      get: { summary: 'Maps the caller can see', responses: { 200: ok(z.object({ maps: z.array(out.map) })), ...problems } },
      post: { summary: 'Create a map', requestBody: body(s.mapCreate), responses: { 201: ok(out.map, 'Created'), ...problems } },
    },
    '/api/v1/maps/{mapId}': {
      parameters: [mapId],
      get: { summary: 'A map', responses: { 200: ok(out.map), ...problems } },
      patch: { summary: 'Change title, description, language (MODERATOR) or visibility (OWNER)', requestBody: body(s.mapUpdate), responses: { 200: ok(out.map), ...problems } },
      delete: { summary: 'Delete a map (OWNER)', parameters: [version], responses: { 204: noContent, ...problems } },
    },
    '/api/v1/maps/{mapId}/graph': {
      parameters: [mapId],
      get: { summary: 'The whole map', responses: { 200: ok(z.object({ map: out.map, nodes: z.array(out.node), relations: z.array(out.relation), tags: z.array(out.tag), sources: z.array(out.source), citations: z.array(out.citation), revision: z.number().int() })), ...problems } },
    },
    '/api/v1/maps/{mapId}/evaluation': {
      parameters: [mapId],
      get: {
        summary: 'Which claims stand: the grounded label (IN, OUT or UNDEC) of every claim, proposal and evidence node and every REBUTS relation, and the SUPPORTS relations an IN node undercuts',
        responses: { 200: ok(z.object({ revision: z.number().int(), nodes: z.record(z.string(), z.enum(['IN', 'OUT', 'UNDEC'])), relations: z.record(z.string(), z.enum(['IN', 'OUT', 'UNDEC'])), undercutSupports: z.array(z.string()) })), ...problems },
      },
    },
    '/api/v1/maps/{mapId}/operations': {
      parameters: [mapId],
      post: {
        summary: 'Apply a batch of operations, all or nothing',
        requestBody: body(s.operationBatch),
        responses: { 200: ok(z.object({ revision: z.number().int(), results: z.array(z.object({ op: z.string(), entity: z.string(), id: z.string(), value: z.unknown() })), events: z.array(out.event) })), ...problems },
      },
    },
    '/api/v1/maps/{mapId}/events': {
      parameters: [mapId, { name: 'after', in: 'query', schema: { type: 'integer', minimum: 0 } }, { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 1000 } }],
      get: { summary: 'The event log after sequence number `after`', responses: { 200: ok(z.object({ events: z.array(out.event), hasMore: z.boolean(), revision: z.number().int() })), ...problems } },
    },
    '/api/v1/maps/{mapId}/members': {
      parameters: [mapId],
      get: { summary: 'Members and roles, and the pending invitations (OWNER)', responses: { 200: ok(z.object({ members: z.array(out.member), invitations: z.array(out.invitation) })), ...problems } },
      post: { summary: 'Invite an e-mail address (OWNER): the same as POST …/invitations. Nobody becomes a member without accepting', requestBody: body(s.memberCreate), responses: { 201: ok(out.invitation, 'Invited'), ...problems } },
    },
    '/api/v1/maps/{mapId}/invitations': {
      parameters: [mapId],
      get: { summary: 'Pending invitations (OWNER)', responses: { 200: ok(z.object({ invitations: z.array(out.invitation) })), ...problems } },
      post: { summary: 'Invite an e-mail address with a role (OWNER). 201 whether or not the address has an account; 409 when it is a member already', requestBody: body(s.invitationCreate), responses: { 201: ok(out.invitation, 'Invited'), ...problems } },
    },
    '/api/v1/maps/{mapId}/invitations/{invitationId}': {
      parameters: [mapId, { name: 'invitationId', in: 'path', required: true, schema: { type: 'string' } }],
      delete: { summary: 'Withdraw a pending invitation (OWNER)', responses: { 204: noContent, ...problems } },
    },
    '/api/v1/invitations': {
      get: { summary: "The invitations waiting for the caller's e-mail address", responses: { 200: ok(z.object({ invitations: z.array(out.invitation.extend({ mapTitle: z.string(), invitedByName: z.string() })) })), ...problems } },
    },
    '/api/v1/invitations/{invitationId}/accept': {
      parameters: [{ name: 'invitationId', in: 'path', required: true, schema: { type: 'string' } }],
      post: { summary: 'Accept: become a member with the invited role', responses: { 200: ok(z.object({ mapId: z.string(), member: out.member })), ...problems } },
    },
    '/api/v1/invitations/{invitationId}/decline': {
      parameters: [{ name: 'invitationId', in: 'path', required: true, schema: { type: 'string' } }],
      post: { summary: 'Decline an invitation', responses: { 204: noContent, ...problems } },
    },
    '/api/v1/maps/{mapId}/members/{userId}': {
      parameters: [mapId, { name: 'userId', in: 'path', required: true, schema: { type: 'string' } }],
      patch: { summary: "Change a member's role (OWNER)", requestBody: body(s.memberUpdate), responses: { 200: ok(out.member), ...problems } },
      delete: { summary: 'Remove a member (OWNER), or leave the map (the caller themselves; version optional)', parameters: [{ ...version, required: false }], responses: { 204: noContent, ...problems } },
    },
    '/api/v1/maps/{mapId}/sources/{sourceId}/text': {
      parameters: [mapId, { name: 'sourceId', in: 'path', required: true, schema: { type: 'string' } }],
      get: { summary: "A source's stored text (members of the map only)", responses: { 200: ok(z.object({ sourceId: z.string(), version: z.number().int(), length: z.number().int(), text: z.string(), fingerprintMatch: fingerprintMatch })), ...problems } },
      put: {
        summary: `Store a source's text (EDITOR): JSON {text, version}; or multipart/form-data with \`file\` (${TEXT_FORMATS.join(', ')}; HTML tags stripped, PDF text extracted) and \`version\`; or the file itself with ?version=. Uploads up to ${SOURCE_TEXT_LIMITS.uploadBytes} bytes, text up to ${SOURCE_TEXT_LIMITS.textChars} characters. Every citation of the source is checked again; one whose quote is gone becomes \`mismatch\`.`,
        requestBody: {
          required: true,
          content: {
            'application/json': { schema: schema(s.sourceTextBody) },
            'multipart/form-data': { schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' }, version: { type: 'integer' } }, required: ['file', 'version'] } },
            'application/pdf': { schema: { type: 'string', format: 'binary' } },
            'text/plain': { schema: { type: 'string' } },
          },
        },
        responses: { 200: ok(z.object({ source: out.source, citations: z.array(out.citation), length: z.number().int(), format: z.string().nullable(), revision: z.number().int(), fingerprintMatch: fingerprintMatch })), 415: { description: 'Not a text, Markdown, HTML or PDF file' }, ...problems },
      },
      delete: { summary: "Remove a source's text (EDITOR); its citations become unchecked", parameters: [version], responses: { 200: { description: 'Done' }, ...problems } },
    },
    '/api/v1/maps/{mapId}/bibliography': {
      parameters: [mapId],
      get: {
        summary: "The map's sources as a bibliography (APA 7, Harvard, Vancouver; HTML or text) or for reference managers (BibTeX, RIS, CSL-JSON), formatted by citation-js",
        parameters: Object.entries((schema(s.bibliographyQuery) as { properties: Record<string, unknown> }).properties).map(([name, sch]) => ({ name, in: 'query', required: false, schema: sch })),
        responses: {
          200: { description: 'The bibliography', content: Object.fromEntries(Object.values(BIBLIOGRAPHY_FORMATS).map((f) => [f.contentType.split(';')[0], { schema: { type: 'string' } }])) },
          ...problems,
        },
      },
    },
    ...exportPaths(),
    '/api/health': { get: { summary: 'Liveness and database reachability', responses: { 200: { description: 'Healthy' }, 503: { description: 'Database unreachable' } } } },
  };
  for (const [name, entity, create, update] of collections) {
    const id = { name: 'entityId', in: 'path', required: true, schema: { type: 'string' } };
    paths[`/api/v1/maps/{mapId}/${name}`] = {
      parameters: [mapId],
      get: { summary: `All ${name} of a map`, responses: { 200: ok(z.object({ [name]: z.array(entity) })), ...problems } },
      post: { summary: `Create one of the ${name}`, requestBody: body(s.withOptionalId(create as z.ZodObject)), responses: { 201: ok(entity, 'Created'), ...problems } },
    };
    paths[`/api/v1/maps/{mapId}/${name}/{entityId}`] = {
      parameters: [mapId, id],
      get: { summary: `One of the ${name}`, responses: { 200: ok(entity), ...problems } },
      patch: { summary: `Change one of the ${name} (send the version you last saw)`, requestBody: body(s.withVersion(update as z.ZodObject)), responses: { 200: ok(entity), ...problems } },
      delete: { summary: `Delete one of the ${name}`, parameters: [version], responses: { 204: noContent, ...problems } },
    };
  }
  Object.assign(paths, sessionPaths({ body, ok, problems }));
  Object.assign(paths, sharingPaths({ body, ok, problems }));
  return {
    openapi: '3.1.0',
    info: { title: 'Pleit API', version: '1', description: 'Argument maps: nodes, relations, tags, sources, citations, and the event log. Errors are application/problem+json.' },
    components: {
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: 'next-auth.session-token' },
        bearer: { type: 'http', scheme: 'bearer', description: 'A personal API token from POST /api/v1/tokens' },
      },
    },
    security: [{ session: [] }, { bearer: [] }, {}],
    paths,
  };
}
