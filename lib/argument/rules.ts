// The rules of domain.md: which relations may connect which nodes, no self-relations,
// no duplicates, EVIDENCE never without a citation. The API, the database layer and
// the editor all ask this module; nothing else decides.
import type { NodeKind, RelationType } from './model';

export type RuleId =
  | 'relation-kinds'
  | 'undercut-target'
  | 'self-relation'
  | 'duplicate-relation'
  | 'evidence-needs-citation'
  | 'dangling-reference';

export interface RuleViolation {
  rule: RuleId;
  message: string;
  /** the entity the violation is about, where there is one */
  entityId?: string;
}

/** Allowed source and target node kinds for each relation type between nodes. */
export const RELATION_RULES: Record<RelationType, { from: readonly NodeKind[]; to: readonly NodeKind[] | null }> = {
  SUPPORTS: { from: ['CLAIM', 'PROPOSAL', 'EVIDENCE'], to: ['CLAIM', 'PROPOSAL'] },
  REBUTS: { from: ['CLAIM', 'PROPOSAL', 'EVIDENCE'], to: ['CLAIM', 'PROPOSAL', 'EVIDENCE'] },
  // UNDERCUTS targets a relation, not a node
  UNDERCUTS: { from: ['CLAIM', 'EVIDENCE'], to: null },
  ANSWERS: { from: ['CLAIM', 'PROPOSAL'], to: ['QUESTION'] },
};

/** Relation types an UNDERCUTS may target. */
export const UNDERCUTTABLE: readonly RelationType[] = ['SUPPORTS', 'REBUTS'];

export type RelationTarget = { entity: 'node'; id: string; kind: NodeKind } | { entity: 'relation'; id: string; type: RelationType };

const list = (xs: readonly string[]) => xs.join(', ');
/** "a CLAIM", "an EVIDENCE" */
const a = (kind: string) => `${/^[AEIOU]/.test(kind) ? 'an' : 'a'} ${kind}`;
const capital = (s: string) => s[0].toUpperCase() + s.slice(1);
const VERB: Record<RelationType, string> = { SUPPORTS: 'support', REBUTS: 'rebut', UNDERCUTS: 'undercut', ANSWERS: 'answer' };

/** Checks one relation against the kind rules; null when it is allowed. */
export function checkRelation(
  type: RelationType,
  from: { id: string; kind: NodeKind },
  to: RelationTarget,
): RuleViolation | null {
  const rule = RELATION_RULES[type];
  if (from.id === to.id) {
    return { rule: 'self-relation', message: 'A node cannot be related to itself.' };
  }
  if (!rule.from.includes(from.kind)) {
    return {
      rule: 'relation-kinds',
      message: `${capital(a(from.kind))} cannot ${VERB[type]} anything: ${type} starts at ${list(rule.from)}.`,
    };
  }
  if (type === 'UNDERCUTS') {
    if (to.entity !== 'relation') {
      return { rule: 'undercut-target', message: 'UNDERCUTS targets a SUPPORTS or REBUTS relation, not a node.' };
    }
    if (!UNDERCUTTABLE.includes(to.type)) {
      return { rule: 'undercut-target', message: `UNDERCUTS targets a SUPPORTS or REBUTS relation, not ${to.type}.` };
    }
    return null;
  }
  if (to.entity !== 'node') {
    return { rule: 'relation-kinds', message: `${type} targets a node; only UNDERCUTS targets a relation.` };
  }
  if (!rule.to!.includes(to.kind)) {
    return {
      rule: 'relation-kinds',
      message: `${capital(a(from.kind))} cannot ${VERB[type]} ${a(to.kind)}: ${type} targets ${list(rule.to!)}.`,
    };
  }
  return null;
}

/** The relation types allowed from one node to another, e.g. for the editor's connect menu. */
export function allowedRelationTypes(fromKind: NodeKind, toKind: NodeKind): RelationType[] {
  return (Object.keys(RELATION_RULES) as RelationType[]).filter((type) => {
    const rule = RELATION_RULES[type];
    return rule.to !== null && rule.from.includes(fromKind) && rule.to.includes(toKind);
  });
}

export const relationKey = (r: { fromId: string; type: string; toId: string }) => `${r.fromId}|${r.type}|${r.toId}`;

export interface MapShape {
  nodes: { id: string; kind: NodeKind }[];
  relations: { id: string; type: RelationType; fromId: string; toId: string }[];
  citations: { nodeId: string }[];
}

/** Every rule violation in a whole map; [] when the map is well-formed. */
export function checkMapState(state: MapShape): RuleViolation[] {
  const violations: RuleViolation[] = [];
  const nodes = new Map(state.nodes.map((n) => [n.id, n]));
  const relations = new Map(state.relations.map((r) => [r.id, r]));
  const seen = new Set<string>();
  for (const r of state.relations) {
    const from = nodes.get(r.fromId);
    const toNode = nodes.get(r.toId);
    const toRelation = relations.get(r.toId);
    if (!from || (!toNode && !toRelation)) {
      violations.push({ rule: 'dangling-reference', message: `Relation ${r.id} refers to an entity that does not exist.`, entityId: r.id });
      continue;
    }
    const target: RelationTarget = toNode
      ? { entity: 'node', id: toNode.id, kind: toNode.kind }
      : { entity: 'relation', id: toRelation!.id, type: toRelation!.type };
    const v = checkRelation(r.type, from, target);
    if (v) violations.push({ ...v, entityId: r.id });
    const key = relationKey(r);
    if (seen.has(key)) {
      violations.push({ rule: 'duplicate-relation', message: `Relation ${r.id} duplicates another ${r.type} between the same ends.`, entityId: r.id });
    }
    seen.add(key);
  }
  const cited = new Set(state.citations.map((c) => c.nodeId));
  for (const n of state.nodes) {
    if (n.kind === 'EVIDENCE' && !cited.has(n.id)) {
      violations.push({ rule: 'evidence-needs-citation', message: `EVIDENCE "${n.id}" has no citation.`, entityId: n.id });
    }
  }
  return violations;
}
