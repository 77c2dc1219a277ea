// The zod schemas of every request body the API accepts, with the size limits the
// README documents. Route handlers parse with these, and /api/v1/openapi.json is
// generated from them, so the contract and its documentation cannot drift apart.
import './zod-setup';
import { z } from 'zod';
import { FORMAT_IDS, STYLE_IDS, type BibliographyFormat, type BibliographyStyle } from '@/lib/sourcing/bibliography-styles';
import { SOURCE_TEXT_LIMITS } from '@/lib/sourcing/limits';
import { normalizeForQuote } from '@/lib/sourcing/quote';
import type { Operation } from '@/lib/argument/operations';
import { ENTITY_TYPES, type EntityType, NODE_KINDS, QUOTE_STATUSES, RELATION_TYPES, ROLES, SOURCE_TYPES, VISIBILITIES } from '@/lib/argument/model';

export const LIMITS = {
  /** request bodies, in bytes */
  bodyBytes: 1024 * 1024,
  batchBodyBytes: 8 * 1024 * 1024,
  operationsPerBatch: 2000,
  mapTitle: 200,
  mapDescription: 5000,
  nodeTitle: 300,
  nodeBody: 20000,
  tagsPerNode: 50,
  tagName: 60,
  sourceTitle: 500,
  sourceField: 1000,
  sourcePages: 100,
  /** an author: a person's family or given name, or an organisation's name */
  authorName: 200,
  authorLiteral: 300,
  authorsPerSource: 100,
  quote: 5000,
  /** a citation's page (its locator) */
  locatorPage: 50,
  tokenName: 100,
  userName: 100,
  password: { min: 8, max: 200 },
  coordinate: 10_000_000,
  /** API tokens: days until they expire */
  tokenDays: { default: 90, max: 365 },
} as const;

/**
 * Every free-text string the API accepts: well-formed UTF-16, i.e. no lone surrogate
 * ("\ud800"), which JSON can carry but no database can store as text.
 */
export const wellFormed = (s: string) => !/\p{Cs}/u.test(s);
const LONE_SURROGATE = 'Contains an unpaired UTF-16 surrogate (not a valid character).';
export const str = () => z.string().refine(wellFormed, LONE_SURROGATE);

const text = (max: number) => str().max(max, `At most ${max} characters.`);
const requiredText = (max: number) => str().trim().min(1, 'Required.').max(max, `At most ${max} characters.`);
/** ids of existing entities; newly created entities carry a client-chosen UUID */
export const entityId = str().min(1).max(100);
export const newId = z.uuid({ message: 'A new entity needs a UUID id, chosen by the client.' });
const coordinate = z.number().finite().min(-LIMITS.coordinate).max(LIMITS.coordinate);
const version = z.number().int().min(1);

export const nodeCreate = z.strictObject({
  kind: z.enum(NODE_KINDS),
  title: requiredText(LIMITS.nodeTitle),
  body: text(LIMITS.nodeBody).optional(),
  x: coordinate.optional(),
  y: coordinate.optional(),
  tagIds: z.array(entityId).max(LIMITS.tagsPerNode).optional(),
});
export const nodeUpdate = nodeCreate.partial();

export const relationCreate = z.strictObject({
  type: z.enum(RELATION_TYPES),
  fromId: entityId,
  toId: entityId,
});
export const relationUpdate = relationCreate.partial();

export const tagCreate = z.strictObject({
  name: requiredText(LIMITS.tagName),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'A colour like #1f77b4.'),
});
export const tagUpdate = tagCreate.partial();

export const author = z.union([
  z.strictObject({ family: requiredText(LIMITS.authorName), given: text(LIMITS.authorName).optional() }),
  z.strictObject({ literal: requiredText(LIMITS.authorLiteral) }),
]);

const isoDateOrYear = z
  .string()
  .regex(/^$|^\d{4}(-\d{2}(-\d{2})?)?$/, 'A year (2024), year-month (2024-03) or date (2024-03-12).');

export const sourceCreate = z.strictObject({
  type: z.enum(SOURCE_TYPES),
  title: requiredText(LIMITS.sourceTitle),
  authors: z.array(author).max(LIMITS.authorsPerSource).optional(),
  container: text(LIMITS.sourceField).optional(),
  publisher: text(LIMITS.sourceField).optional(),
  date: isoDateOrYear.optional(),
  pages: text(LIMITS.sourcePages).optional(),
  url: z.union([z.literal(''), z.url({ protocol: /^https?$/, message: 'An http(s) URL.' }).refine(wellFormed, LONE_SURROGATE)]).optional(),
  accessed: isoDateOrYear.optional(),
  language: z.string().regex(/^$|^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'A language tag like nl or en-GB.').optional(),
  fingerprint: z
    .union([z.literal(''), z.string().regex(/^[0-9a-f]{64}$/, 'A SHA-256 in hex: 64 characters 0-9 and a-f.')])
    .optional()
    .describe('SHA-256 (hex) of the normalised text the quotes were taken from; "" removes it'),
});
export const sourceUpdate = sourceCreate.partial();

export const locator = z.strictObject({
  page: text(LIMITS.locatorPage).optional(),
  paragraph: z.number().int().min(1).optional(),
  start: z.number().int().min(0).optional(),
  end: z.number().int().min(0).optional(),
});

export const citationCreate = z.strictObject({
  nodeId: entityId,
  sourceId: entityId,
  quote: requiredText(LIMITS.quote).refine((q) => normalizeForQuote(q) !== '', 'A quote needs visible text.'),
  locator: locator.optional(),
  // sourcing: accepted so that a citation read from the API can be sent back as it is
  // (undo, copy, paste), but ignored: the server sets it (lib/sourcing/check.ts)
  quoteStatus: z.enum(QUOTE_STATUSES).optional().describe('Ignored on input: the server sets it.'),
});
export const citationUpdate = citationCreate.partial();

export const ENTITY_SCHEMAS = {
  node: { create: nodeCreate, update: nodeUpdate },
  relation: { create: relationCreate, update: relationUpdate },
  tag: { create: tagCreate, update: tagUpdate },
  source: { create: sourceCreate, update: sourceUpdate },
  citation: { create: citationCreate, update: citationUpdate },
} as const;

/**
 * One operation of a batch: an op (create, update, delete) on an entity, with the
 * entity's own schema for its data. Its output is the model's Operation type exactly
 * (checked below), so a parsed batch goes to applyOperations as it is.
 */
const createOp = <E extends EntityType, S extends z.ZodType>(entity: E, data: S) => z.strictObject({ op: z.literal('create'), entity: z.literal(entity), id: newId, data });
const updateOp = <E extends EntityType, S extends z.ZodType>(entity: E, data: S) => z.strictObject({ op: z.literal('update'), entity: z.literal(entity), id: entityId, version, data });
export const operation = z.discriminatedUnion('op', [
  z.discriminatedUnion('entity', [
    createOp('node', nodeCreate),
    createOp('relation', relationCreate),
    createOp('tag', tagCreate),
    createOp('source', sourceCreate),
    createOp('citation', citationCreate),
  ]),
  z.discriminatedUnion('entity', [
    updateOp('node', nodeUpdate),
    updateOp('relation', relationUpdate),
    updateOp('tag', tagUpdate),
    updateOp('source', sourceUpdate),
    updateOp('citation', citationUpdate),
  ]),
  z.strictObject({ op: z.literal('delete'), entity: z.enum(ENTITY_TYPES), id: entityId, version }),
]);

// What the schema accepts is an Operation of the model (the compiler checks it here), so
// handlers pass parsed batches on without a cast. The schema is the stricter of the two:
// it also bounds lengths and shapes (an author is {family, given?} or {literal}).
type Assert<T extends true> = T;
export type OperationSchemaIsModel = Assert<z.output<typeof operation> extends Operation ? true : false>;

export const operationBatch = z.strictObject({
  operations: z.array(operation).min(1, 'At least one operation.').max(LIMITS.operationsPerBatch, `At most ${LIMITS.operationsPerBatch} operations per batch.`),
});

/** Single-entity endpoints: POST creates (id optional, generated when absent) */
export const withOptionalId = <T extends z.ZodObject>(schema: T) => schema.extend({ id: newId.optional() });
/** PATCH carries the version the client last saw */
export const withVersion = <T extends z.ZodObject>(schema: T) => schema.extend({ version });
export const deleteQuery = z.object({ version: z.coerce.number().int().min(1) });

/** POST /nodes may carry the node's first citations, so EVIDENCE can be created in one call */
export const nodeCreateRequest = nodeCreate.extend({
  id: newId.optional(),
  citations: z.array(citationCreate.omit({ nodeId: true })).max(20).optional(),
});

export const mapCreate = z.strictObject({
  title: requiredText(LIMITS.mapTitle),
  description: text(LIMITS.mapDescription).optional(),
  language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'A language tag like nl or en.').optional(),
  visibility: z.enum(VISIBILITIES).optional(),
});
export const mapUpdate = mapCreate.partial().extend({ version });

const email = z.email('A valid e-mail address.').max(254).transform((e) => e.toLowerCase());
/** a new password; which ones are refused beyond this is lib/server/password-policy.ts */
const newPassword = str().min(LIMITS.password.min, `At least ${LIMITS.password.min} characters.`).max(LIMITS.password.max);

export const userCreate = z.strictObject({
  email,
  password: newPassword,
  name: requiredText(LIMITS.userName),
});

/** POST /me/password: the current password, and the new one (other sessions end) */
export const passwordChange = z.strictObject({
  current: str().min(1, 'Required.').max(LIMITS.password.max),
  new: newPassword,
});

export const tokenCreate = z.strictObject({
  name: requiredText(LIMITS.tokenName),
  scope: z.enum(['read', 'write']).default('write').describe('read: GET only; write: everything the account may do'),
  expiresInDays: z
    .number()
    .int()
    .min(1)
    .max(LIMITS.tokenDays.max, `At most ${LIMITS.tokenDays.max} days.`)
    .default(LIMITS.tokenDays.default)
    .describe(`days until the token expires (default ${LIMITS.tokenDays.default})`),
});

/** POST /maps/{mapId}/invitations (and POST …/members, which makes an invitation too) */
export const invitationCreate = z.strictObject({ email, role: z.enum(ROLES) });
export const memberCreate = invitationCreate;
export const memberUpdate = z.strictObject({ role: z.enum(ROLES), version });

export const eventsQuery = z.object({
  after: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(1000).default(500),
});

// ---- sourcing: a source's stored text and the bibliography

/** PUT /maps/{mapId}/sources/{sourceId}/text as JSON (uploads: multipart `file` + `version`, or the file itself with ?version=) */
export const sourceTextBody = z.strictObject({
  text: str().max(SOURCE_TEXT_LIMITS.textChars * 2, `At most ${SOURCE_TEXT_LIMITS.textChars} characters.`),
  version,
});

/** GET /maps/{mapId}/bibliography */
export const bibliographyQuery = z.object({
  style: z.enum(STYLE_IDS as [BibliographyStyle, ...BibliographyStyle[]]).default('apa'),
  format: z.enum(FORMAT_IDS as [BibliographyFormat, ...BibliographyFormat[]]).default('html'),
  lang: z.enum(['nl', 'en']).optional().describe("the bibliography's language; the map's language by default"),
  download: z.enum(['0', '1', 'true', 'false']).optional().describe('answer as an attachment'),
});

// ---- live: presence (POST /maps/{mapId}/presence)

export const presenceReport = z.strictObject({
  clientId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'A tab id of 8–64 letters, digits, - or _.'),
  editing: entityId.nullable().optional().describe('the node this tab is editing'),
  leave: z.boolean().optional().describe('the tab closes: remove it at once'),
  lang: z.enum(['nl', 'en']).optional().describe("the language of a guest's name"),
});
