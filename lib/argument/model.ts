// The argument model of ../shared/design/domain.md: one vocabulary for the database,
// the API, the editor and the tests. Pure TypeScript, no I/O.

export const NODE_KINDS = ['QUESTION', 'CLAIM', 'PROPOSAL', 'EVIDENCE'] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

export const RELATION_TYPES = ['SUPPORTS', 'REBUTS', 'UNDERCUTS', 'ANSWERS'] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

export const ROLES = ['OWNER', 'MODERATOR', 'EDITOR', 'VIEWER'] as const;
export type Role = (typeof ROLES)[number];

export const VISIBILITIES = ['PRIVATE', 'LINK', 'PUBLIC'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

export const SOURCE_TYPES = ['ARTICLE', 'BOOK', 'CHAPTER', 'REPORT', 'WEB_PAGE', 'DATASET', 'INTERVIEW'] as const;
export type SourceType = (typeof SOURCE_TYPES)[number];

export const ENTITY_TYPES = ['node', 'relation', 'tag', 'source', 'citation'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export type Author = { family?: string; given?: string; literal?: string };

export type Locator = {
  page?: string;
  paragraph?: number;
  /** character offsets of the quote in the source's stored text */
  start?: number;
  end?: number;
};

export interface ArgNode {
  id: string;
  kind: NodeKind;
  title: string;
  body: string;
  x: number;
  y: number;
  tagIds: string[];
  version: number;
}

export interface Relation {
  id: string;
  type: RelationType;
  fromId: string;
  /** a node id, or a relation id when type is UNDERCUTS */
  toId: string;
  version: number;
}

export interface Tag {
  id: string;
  name: string;
  color: string;
  version: number;
}

export interface Source {
  id: string;
  type: SourceType;
  title: string;
  authors: Author[];
  container: string;
  publisher: string;
  date: string;
  pages: string;
  url: string;
  accessed: string;
  language: string;
  /** whether the source's text is stored (the text itself is fetched separately) */
  hasText: boolean;
  /**
   * SHA-256 (hex) of the normalised text the citations' quotes and offsets were taken
   * from, when the map's author records it (the demo map does for its documents, whose
   * texts it does not ship): a text stored later is compared with it
   * (lib/sourcing/fingerprint.ts). Absent: none recorded.
   */
  fingerprint?: string;
  version: number;
}

/**
 * Sourcing: whether a citation's quote was found in its source's stored text.
 * verified: found (the locator holds its offsets); mismatch: the source's text changed
 * and no longer contains the quote; unchecked: the source has no stored text.
 */
export const QUOTE_STATUSES = ['verified', 'mismatch', 'unchecked'] as const;
export type QuoteStatus = (typeof QUOTE_STATUSES)[number];

export interface Citation {
  id: string;
  nodeId: string;
  sourceId: string;
  quote: string;
  locator: Locator;
  /** set by the server (lib/sourcing/check.ts); absent in a client's optimistic state until the server answers */
  quoteStatus?: QuoteStatus;
  version: number;
}

export interface EntityByType {
  node: ArgNode;
  relation: Relation;
  tag: Tag;
  source: Source;
  citation: Citation;
}

/** Role ranks: a role may do everything the roles below it may. */
const ROLE_RANK: Record<Role, number> = { VIEWER: 1, EDITOR: 2, MODERATOR: 3, OWNER: 4 };
export function roleAtLeast(role: Role | null | undefined, needed: Role): boolean {
  return role != null && ROLE_RANK[role] >= ROLE_RANK[needed];
}

/** Sourcing status of a CLAIM or PROPOSAL (domain.md, "Sourcing"). */
export type SourcingStatus = 'sourced' | 'backed' | 'unsourced';

// ---- the event log (domain.md): one entry per change, in the order the server wrote them

export const CHANGE_KINDS = ['created', 'updated', 'deleted'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

interface EventBase {
  /** the map's revision after this change: 1, 2, 3, … without gaps */
  seq: number;
  entityId: string;
  /** who made the change; null for the seed, a removed account, or when redacted */
  actorId: string | null;
  /** ISO 8601 */
  at: string;
}

/** A change of a node, relation, tag, source or citation: `data` is the entity after it, or before it for a deletion. */
export type EntityEvent = {
  [E in EntityType]: { [K in ChangeKind]: EventBase & { type: `${E}.${K}`; entity: E; data: EntityByType[E] } }[ChangeKind];
}[EntityType];

/** The map's own fields as its events carry them (only the changed ones for an update). */
export interface MapFields {
  title: string;
  description: string;
  language: string;
  visibility: Visibility;
}
export type MapLevelEvent =
  | (EventBase & { type: 'map.created'; entity: 'map'; data: MapFields })
  | (EventBase & { type: 'map.updated'; entity: 'map'; data: Partial<MapFields> });

export type MemberEvent = EventBase & {
  type: 'member.added' | 'member.updated' | 'member.removed';
  entity: 'member';
  /** the membership (its role before the removal, for member.removed) */
  data: { userId: string; role: Role };
};

/**
 * An entry a reader may not see: the log before the map was published, or membership
 * changes, shown to someone who is not a member. It keeps its place (seq) so that the
 * log stays gapless, and carries nothing.
 */
export type RedactedEvent = EventBase & { type: 'redacted'; entity: 'redacted'; data: null };

/** One entry of a map's event log, as GET …/events and the event stream hand it out. */
export type MapEvent = EntityEvent | MapLevelEvent | MemberEvent | RedactedEvent;
export type MapEventType = MapEvent['type'];

/** An event before the log numbered it. */
export type NewMapEvent = MapEvent extends infer T ? (T extends MapEvent ? Omit<T, 'seq' | 'actorId' | 'at'> : never) : never;

export const isEntityEvent = (e: MapEvent): e is EntityEvent => (ENTITY_TYPES as readonly string[]).includes(e.entity);

/** The event of one change of an entity. */
export function entityEvent<E extends EntityType>(entity: E, kind: ChangeKind, id: string, value: EntityByType[E]): NewMapEvent {
  return { type: `${entity}.${kind}`, entity, entityId: id, data: value } as NewMapEvent;
}
