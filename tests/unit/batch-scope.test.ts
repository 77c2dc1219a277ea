// The scope a batch loads (lib/server/batch-scope.ts) must be enough: on generated maps
// and seeded pseudo-random batches, applyOperations on the scope gives exactly what it
// gives on the whole map, changes or the refusal. And it must be small: one node's edit
// loads that node's neighbourhood, not the map.
import { describe, expect, it } from 'vitest';
import { NODE_KINDS, RELATION_TYPES, type NodeKind, type RelationType } from '@/lib/argument/model';
import { applyOperations, emptyState, OperationError, type MapState, type Operation } from '@/lib/argument/operations';
import { RELATION_RULES, UNDERCUTTABLE } from '@/lib/argument/rules';
import { loadBatchScope, memoryLookup } from '@/lib/server/batch-scope';

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

type Rand = () => number;
const pick = <T>(rand: Rand, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
const uid = (prefix: string, n: number) => `${prefix}-${String(n).padStart(6, '0')}`;

/** A well-formed map: every relation type, undercuts, tags on nodes, sources, citations, EVIDENCE with its citation. */
function generateMap(nodes: number, seed: number): MapState {
  const rand = rng(seed);
  const ops: Operation[] = [];
  const tags = Array.from({ length: 6 }, (_, k) => uid('tag', k));
  tags.forEach((id, k) => ops.push({ op: 'create', entity: 'tag', id, data: { name: `Thema ${k}`, color: '#336699' } }));
  const sources = Array.from({ length: Math.max(3, Math.round(nodes / 40)) }, (_, k) => uid('src', k));
  for (const id of sources) ops.push({ op: 'create', entity: 'source', id, data: { type: 'REPORT', title: id } });
  const kinds: { id: string; kind: NodeKind }[] = [];
  let citation = 0;
  for (let k = 0; k < nodes; k++) {
    const id = uid('node', k);
    const kind = pick(rand, NODE_KINDS);
    kinds.push({ id, kind });
    ops.push({ op: 'create', entity: 'node', id, data: { kind, title: `${kind} ${k}`, tagIds: rand() < 0.3 ? [pick(rand, tags)] : [] } });
    const citations = kind === 'EVIDENCE' ? 1 + Math.floor(rand() * 2) : rand() < 0.2 ? 1 : 0;
    for (let c = 0; c < citations; c++) {
      ops.push({ op: 'create', entity: 'citation', id: uid('cit', citation++), data: { nodeId: id, sourceId: pick(rand, sources), quote: 'q' } });
    }
  }
  const keys = new Set<string>();
  const relations: { id: string; type: RelationType }[] = [];
  for (let k = 0; relations.length < nodes * 1.3 && k < nodes * 20; k++) {
    const type = pick(rand, ['SUPPORTS', 'REBUTS', 'ANSWERS'] as const);
    const from = pick(rand, kinds);
    const to = pick(rand, kinds);
    const rule = RELATION_RULES[type];
    const key = `${from.id}|${type}|${to.id}`;
    if (from.id === to.id || !rule.from.includes(from.kind) || !rule.to!.includes(to.kind) || keys.has(key)) continue;
    keys.add(key);
    const id = uid('rel', relations.length);
    relations.push({ id, type });
    ops.push({ op: 'create', entity: 'relation', id, data: { type, fromId: from.id, toId: to.id } });
  }
  const targets = relations.filter((r) => UNDERCUTTABLE.includes(r.type));
  const undercutters = kinds.filter((n) => RELATION_RULES.UNDERCUTS.from.includes(n.kind));
  for (let k = 0; k < nodes * 0.1; k++) {
    const from = pick(rand, undercutters);
    const to = pick(rand, targets);
    const key = `${from.id}|UNDERCUTS|${to.id}`;
    if (keys.has(key)) continue;
    keys.add(key);
    ops.push({ op: 'create', entity: 'relation', id: uid('und', k), data: { type: 'UNDERCUTS', fromId: from.id, toId: to.id } });
  }
  return applyOperations(emptyState(), ops).state;
}

/** A random batch of 1–5 operations on the state: every op on every entity, right and wrong. */
function generateBatch(state: MapState, rand: Rand, serial: () => number): Operation[] {
  const created: Record<'node' | 'relation' | 'tag' | 'source' | 'citation', string[]> = { node: [], relation: [], tag: [], source: [], citation: [] };
  const existing = <T extends { id: string; version: number }>(m: Map<string, T>): T | undefined => {
    if (!m.size) return undefined;
    const k = Math.floor(rand() * m.size);
    let i = 0;
    for (const v of m.values()) if (i++ === k) return v;
    return undefined;
  };
  /** an id of this kind: mostly an existing one, sometimes one made in this batch, rarely an unknown one */
  const anyId = (entity: keyof typeof created, m: Map<string, { id: string; version: number }>) => {
    const r = rand();
    if (r < 0.05) return uid('missing', serial());
    if (r < 0.25 && created[entity].length) return pick(rand, created[entity]);
    return existing(m)?.id ?? uid('missing', serial());
  };
  const version = (v: number) => (rand() < 0.08 ? v + 1 : v);
  const fresh = (entity: keyof typeof created) => {
    // sometimes an id that is taken
    const taken = rand() < 0.05 ? existing(state[`${entity}s` as 'nodes'])?.id : undefined;
    const id = taken ?? uid(`new-${entity}`, serial());
    created[entity].push(id);
    return id;
  };
  const ops: Operation[] = [];
  const count = 1 + Math.floor(rand() * 5);
  for (let k = 0; k < count; k++) {
    const entity = pick(rand, ['node', 'node', 'relation', 'relation', 'tag', 'source', 'citation', 'citation'] as const);
    const op = pick(rand, ['create', 'update', 'update', 'delete'] as const);
    const coll = state[`${entity}s` as const] as Map<string, { id: string; version: number }>;
    const target = existing(coll);
    if (op !== 'create' && (!target || rand() < 0.05)) {
      ops.push({ op: 'delete', entity, id: uid('missing', serial()), version: 1 });
      continue;
    }
    switch (entity) {
      case 'node': {
        const tagIds = rand() < 0.3 ? [anyId('tag', state.tags)] : undefined;
        if (op === 'create') {
          const id = fresh('node');
          const kind = pick(rand, NODE_KINDS);
          ops.push({ op, entity, id, data: { kind, title: 'new', tagIds } });
          if (kind === 'EVIDENCE' && rand() < 0.7) {
            ops.push({ op: 'create', entity: 'citation', id: fresh('citation'), data: { nodeId: id, sourceId: anyId('source', state.sources), quote: 'q' } });
          }
        } else if (op === 'update') {
          const n = state.nodes.get(target!.id)!;
          const data = rand() < 0.5 ? { kind: pick(rand, NODE_KINDS) } : rand() < 0.5 ? { tagIds: tagIds ?? [] } : { title: 'moved', x: 10, y: 20 };
          ops.push({ op, entity, id: n.id, version: version(n.version), data });
        } else ops.push({ op, entity, id: target!.id, version: version(target!.version) });
        break;
      }
      case 'relation': {
        const type = pick(rand, RELATION_TYPES);
        const toId = () => (type === 'UNDERCUTS' || rand() < 0.05 ? anyId('relation', state.relations) : anyId('node', state.nodes));
        if (op === 'create') {
          // sometimes a copy of an existing relation (a duplicate)
          const copy = rand() < 0.15 ? existing(state.relations) : undefined;
          const data = copy ? { type: copy.type, fromId: copy.fromId, toId: copy.toId } : { type, fromId: anyId('node', state.nodes), toId: toId() };
          ops.push({ op, entity, id: fresh('relation'), data });
        } else if (op === 'update') {
          const r = state.relations.get(target!.id)!;
          // sometimes made the same as another relation from its node (a duplicate)
          const sibling = rand() < 0.15 ? [...state.relations.values()].find((o) => o.fromId === r.fromId && o.id !== r.id) : undefined;
          const data = sibling
            ? { type: sibling.type, toId: sibling.toId }
            : rand() < 0.5
              ? { type }
              : rand() < 0.5
                ? { toId: toId() }
                : { fromId: anyId('node', state.nodes) };
          ops.push({ op, entity, id: r.id, version: version(r.version), data });
        } else ops.push({ op, entity, id: target!.id, version: version(target!.version) });
        break;
      }
      case 'tag': {
        const name = () => (rand() < 0.3 && state.tags.size ? existing(state.tags)!.name.toUpperCase() : `tag ${serial()}`);
        if (op === 'create') ops.push({ op, entity, id: fresh('tag'), data: { name: name(), color: '#000000' } });
        else if (op === 'update') ops.push({ op, entity, id: target!.id, version: version(target!.version), data: rand() < 0.7 ? { name: name() } : { color: '#ffffff' } });
        else ops.push({ op, entity, id: target!.id, version: version(target!.version) });
        break;
      }
      case 'source': {
        if (op === 'create') ops.push({ op, entity, id: fresh('source'), data: { type: 'BOOK', title: 'new' } });
        else if (op === 'update') ops.push({ op, entity, id: target!.id, version: version(target!.version), data: { title: 'renamed' } });
        else ops.push({ op, entity, id: target!.id, version: version(target!.version) });
        break;
      }
      case 'citation': {
        if (op === 'create') {
          ops.push({ op, entity, id: fresh('citation'), data: { nodeId: anyId('node', state.nodes), sourceId: anyId('source', state.sources), quote: 'q' } });
        } else if (op === 'update') {
          const data = rand() < 0.4 ? { nodeId: anyId('node', state.nodes) } : rand() < 0.5 ? { sourceId: anyId('source', state.sources) } : { quote: 'other' };
          ops.push({ op, entity, id: target!.id, version: version(target!.version), data });
        } else ops.push({ op, entity, id: target!.id, version: version(target!.version) });
        break;
      }
    }
  }
  return ops;
}

type Outcome = { ok: true; changes: unknown; state: MapState } | { ok: false; error: unknown };
function outcome(state: MapState, ops: Operation[]): Outcome {
  try {
    const r = applyOperations(state, ops);
    return { ok: true, changes: r.changes, state: r.state };
  } catch (e) {
    if (e instanceof OperationError) return { ok: false, error: { status: e.status, code: e.code, opIndex: e.opIndex, message: e.message, current: e.current } };
    return { ok: false, error: { thrown: String(e) } };
  }
}

const size = (s: MapState) => s.nodes.size + s.relations.size + s.tags.size + s.sources.size + s.citations.size;

describe('the scope of a batch', () => {
  it(
    'gives the same changes or the same refusal as the whole map, on generated maps and batches',
    async () => {
      const seen = new Map<string, number>();
      const note = (key: string) => seen.set(key, (seen.get(key) ?? 0) + 1);
      let n = 0;
      const serial = () => n++;
      for (const seed of [1, 2, 3]) {
        let full = generateMap(300, seed);
        const rand = rng(1000 + seed);
        for (let b = 0; b < 600; b++) {
          const ops = generateBatch(full, rand, serial);
          const { state: scoped } = await loadBatchScope(memoryLookup(full), ops);
          const expected = outcome(full, ops);
          const actual = outcome(scoped, ops);
          if (expected.ok && actual.ok) expect(actual.changes).toEqual(expected.changes);
          else expect(actual.ok ? { ok: true } : actual.error).toEqual(expected.ok ? { ok: true } : expected.error);
          for (const op of ops) note(`${op.op} ${op.entity}`);
          if (expected.ok) {
            note('accepted');
            const changes = expected.changes as { kind: string; entity: string; opIndex: number }[];
            // a cascade: a change caused by an operation on another entity
            for (const c of changes) if (ops[c.opIndex].entity !== c.entity || ops[c.opIndex].id !== (c as unknown as { id: string }).id) note(`cascade ${c.kind} ${c.entity}`);
            full = expected.state;
          } else note(`refused ${(expected.error as { code?: string }).code}`);
        }
      }
      // the batches covered what they are meant to cover
      for (const op of ['create', 'update', 'delete']) for (const e of ['node', 'relation', 'tag', 'source', 'citation']) expect(seen.get(`${op} ${e}`)).toBeGreaterThan(0);
      for (const code of ['not-found', 'version-conflict', 'id-taken', 'relation-kinds', 'undercut-target', 'self-relation', 'duplicate-relation', 'evidence-needs-citation', 'dangling-reference', 'duplicate-tag']) {
        expect(seen.get(`refused ${code}`), code).toBeGreaterThan(0);
      }
      for (const cascade of ['deleted relation', 'deleted citation', 'updated node']) expect(seen.get(`cascade ${cascade}`), cascade).toBeGreaterThan(0);
      expect(seen.get('accepted')).toBeGreaterThan(100);
    },
    120_000,
  );

  it('refuses an undercut whose target relation changes type, from the scope alone', async () => {
    const full = generateMap(300, 7);
    // a SUPPORTS or REBUTS from a CLAIM that is undercut, turned into an ANSWERS of a question
    const undercut = [...full.relations.values()].find((r) => r.type === 'UNDERCUTS' && full.nodes.get(full.relations.get(r.toId)!.fromId)!.kind === 'CLAIM')!;
    const target = full.relations.get(undercut.toId)!;
    const question = [...full.nodes.values()].find((n) => n.kind === 'QUESTION' && ![...full.relations.values()].some((r) => r.fromId === target.fromId && r.toId === n.id))!;
    const ops: Operation[] = [{ op: 'update', entity: 'relation', id: target.id, version: target.version, data: { type: 'ANSWERS', toId: question.id } }];
    const { state } = await loadBatchScope(memoryLookup(full), ops);
    expect(state.relations.has(undercut.id)).toBe(true);
    expect(outcome(state, ops)).toMatchObject({ ok: false, error: { code: 'undercut-target', opIndex: 0 } });
    expect(outcome(full, ops)).toEqual(outcome(state, ops));
  });

  it(
    'one node edit on a 5,000-node map loads its neighbourhood, not the map',
    async () => {
      const full = generateMap(5000, 11);
      const relations = [...full.relations.values()];
      const citations = [...full.citations.values()];
      const degree = new Map<string, number>();
      for (const r of relations) for (const end of [r.fromId, r.toId]) degree.set(end, (degree.get(end) ?? 0) + 1);
      // the best-connected node: the worst case for a one-node edit
      const [hub] = [...degree].filter(([id]) => full.nodes.has(id)).sort((a, b) => b[1] - a[1])[0];
      for (const id of [hub, [...full.nodes.keys()][2500]]) {
        const node = full.nodes.get(id)!;
        const ops: Operation[] = [{ op: 'update', entity: 'node', id, version: node.version, data: { title: 'edited' } }];
        const { state } = await loadBatchScope(memoryLookup(full), ops);
        const incident = relations.filter((r) => r.fromId === id || r.toId === id);
        const undercuts = relations.filter((r) => incident.some((i) => i.id === r.toId));
        const cited = citations.filter((c) => c.nodeId === id);
        // everything the rules look at is there
        for (const r of [...incident, ...undercuts]) expect(state.relations.get(r.id)).toEqual(r);
        for (const c of cited) expect(state.citations.has(c.id)).toBe(true);
        // and little else: the node, its relations and their ends, their undercuts and theirs, its citations
        const neighbourhood = 5 * (1 + incident.length + undercuts.length + cited.length);
        expect(size(state)).toBeLessThanOrEqual(neighbourhood);
        expect(size(state)).toBeLessThan(size(full) / 100);
        expect(applyOperations(state, ops).changes).toEqual(applyOperations(full, ops).changes);
      }
    },
    120_000,
  );
});
