// A batch reads only its scope from the database (lib/server/batch-scope.ts): the rules
// still hold against what is stored, large batches still fit the database's parameter
// limits, and the single-entity reads answer with the same shapes.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { call, expectProblem, newMap, newUser, ops, type TestUser } from './client';

let owner: TestUser;
beforeAll(async () => {
  owner = await newUser('scope');
});

describe('a batch against its scope in the database', () => {
  it('applies a 2,000-operation batch, then one that cascades through 1,000 stored entities', async () => {
    const map = await newMap(owner);
    const source = randomUUID();
    const claims = Array.from({ length: 999 }, () => randomUUID());
    const evidence = Array.from({ length: 500 }, () => randomUUID());
    const created = await ops(map.id, owner, [
      { op: 'create', entity: 'source', id: source, data: { type: 'REPORT', title: 'Rapport' } },
      ...claims.map((id, k) => ({ op: 'create', entity: 'node', id, data: { kind: 'CLAIM', title: `c${k}` } })),
      ...evidence.flatMap((id, k) => [
        { op: 'create', entity: 'node', id, data: { kind: 'EVIDENCE', title: `e${k}` } },
        { op: 'create', entity: 'citation', id: randomUUID(), data: { nodeId: id, sourceId: source, quote: 'q' } },
      ]),
    ]);
    expect(created.status, created.text).toBe(200);
    const linked = await ops(
      map.id,
      owner,
      evidence.map((id, k) => ({ op: 'create', entity: 'relation', id: randomUUID(), data: { type: 'SUPPORTS', fromId: id, toId: claims[k] } })),
    );
    expect(linked.status, linked.text).toBe(200);
    // the source's deletion takes its 500 citations, and then every EVIDENCE lacks one
    const refused = await ops(map.id, owner, [{ op: 'delete', entity: 'source', id: source, version: 1 }]);
    expectProblem(refused, 422);
    expect(refused.body).toMatchObject({ rule: 'evidence-needs-citation', operationIndex: 0 });
    // deleting 500 claims takes their relations with them
    const deleted = await ops(map.id, owner, claims.slice(0, 500).map((id) => ({ op: 'delete', entity: 'node', id, version: 1 })));
    expect(deleted.status, deleted.text).toBe(200);
    expect(deleted.body.events.filter((e: { type: string }) => e.type === 'relation.deleted')).toHaveLength(500);
    const left = await call('GET', `/api/v1/maps/${map.id}/relations`, { token: owner.token });
    expect(left.body.relations).toEqual([]);
  });

  it('keeps the rules that need stored entities the batch does not name', async () => {
    const map = await newMap(owner);
    const [a, b, c, r, u, t] = Array.from({ length: 6 }, () => randomUUID());
    const setUp = await ops(map.id, owner, [
      { op: 'create', entity: 'tag', id: t, data: { name: 'Draagvlak', color: '#336699' } },
      { op: 'create', entity: 'node', id: a, data: { kind: 'CLAIM', title: 'a', tagIds: [t] } },
      { op: 'create', entity: 'node', id: b, data: { kind: 'CLAIM', title: 'b' } },
      { op: 'create', entity: 'node', id: c, data: { kind: 'CLAIM', title: 'c' } },
      { op: 'create', entity: 'relation', id: r, data: { type: 'SUPPORTS', fromId: a, toId: b } },
      { op: 'create', entity: 'relation', id: u, data: { type: 'UNDERCUTS', fromId: c, toId: r } },
    ]);
    expect(setUp.status, setUp.text).toBe(200);
    const rule = async (operations: unknown[]) => {
      const res = await ops(map.id, owner, operations);
      expectProblem(res, 422);
      return res.body.rule;
    };
    expect(await rule([{ op: 'create', entity: 'relation', id: randomUUID(), data: { type: 'SUPPORTS', fromId: a, toId: b } }])).toBe('duplicate-relation');
    expect(await rule([{ op: 'update', entity: 'relation', id: r, version: 1, data: { type: 'REBUTS', toId: c } }, { op: 'create', entity: 'relation', id: randomUUID(), data: { type: 'REBUTS', fromId: a, toId: c } }])).toBe('duplicate-relation');
    expect(await rule([{ op: 'update', entity: 'node', id: b, version: 1, data: { kind: 'QUESTION' } }])).toBe('relation-kinds');
    expect(await rule([{ op: 'update', entity: 'node', id: c, version: 1, data: { kind: 'PROPOSAL' } }])).toBe('relation-kinds');
    expect(await rule([{ op: 'create', entity: 'tag', id: randomUUID(), data: { name: 'draagVLAK', color: '#000000' } }])).toBe('duplicate-tag');
    const stale = await ops(map.id, owner, [{ op: 'update', entity: 'node', id: a, version: 7, data: { title: 'x' } }]);
    expectProblem(stale, 409);
    expect(stale.body.current).toMatchObject({ id: a, version: 1, tagIds: [t] });
    // cascades: the tag leaves its node, the relation takes its undercut
    const cascaded = await ops(map.id, owner, [
      { op: 'delete', entity: 'tag', id: t, version: 1 },
      { op: 'delete', entity: 'relation', id: r, version: 1 },
    ]);
    expect(cascaded.status, cascaded.text).toBe(200);
    expect(cascaded.body.events.map((e: { type: string; entityId: string }) => `${e.type} ${e.entityId}`)).toEqual([`node.updated ${a}`, `tag.deleted ${t}`, `relation.deleted ${u}`, `relation.deleted ${r}`]);
  });

  it('reads one entity and one collection with the shapes of the whole graph', async () => {
    const map = await newMap(owner);
    const [t, n, s] = [randomUUID(), randomUUID(), randomUUID()];
    await ops(map.id, owner, [
      { op: 'create', entity: 'tag', id: t, data: { name: 'x', color: '#000000' } },
      { op: 'create', entity: 'node', id: n, data: { kind: 'CLAIM', title: 'n', tagIds: [t] } },
      { op: 'create', entity: 'source', id: s, data: { type: 'BOOK', title: 'Boek' } },
    ]);
    const graph = await call('GET', `/api/v1/maps/${map.id}/graph`, { token: owner.token });
    for (const [collection, key] of [['nodes', n], ['tags', t], ['sources', s]] as const) {
      const list = await call('GET', `/api/v1/maps/${map.id}/${collection}`, { token: owner.token });
      expect(list.body[collection]).toEqual(graph.body[collection]);
      const one = await call('GET', `/api/v1/maps/${map.id}/${collection}/${key}`, { token: owner.token });
      expect(one.body).toEqual(graph.body[collection][0]);
    }
    expect(graph.body.nodes[0]).toMatchObject({ tagIds: [t] });
    expect(graph.body.sources[0]).toMatchObject({ hasText: false });
    const other = await newMap(owner);
    expectProblem(await call('GET', `/api/v1/maps/${other.id}/nodes/${n}`, { token: owner.token }), 404);
  });
});
