// GET /maps/{mapId}/evaluation over HTTP: the grounded labels for any reader of the map
// (anonymous on PUBLIC and LINK maps; a PRIVATE map is a 404 to strangers and anonymous
// callers), following the map as it changes, and the demo map labelled as a whole.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { call, expectProblem, newMap, newUser, ops, type TestUser } from './client';

const DEMO_MAP_ID = '5eed0000-0000-4000-8000-000000000001';

let owner: TestUser;
let stranger: TestUser;
beforeAll(async () => {
  [owner, stranger] = await Promise.all([newUser('eval-owner'), newUser('eval-stranger')]);
});

/** a claim, a rebuttal of it and a rebuttal of that; the middle one undercut when asked */
async function debate(visibility: string) {
  const map = await newMap(owner, visibility, 'Evaluation');
  const [q, a, b, c] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
  const [ab, bc] = [randomUUID(), randomUUID()];
  const r = await ops(map.id, owner, [
    { op: 'create', entity: 'node', id: q, data: { kind: 'QUESTION', title: 'Helpt contact?', x: 0, y: 0 } },
    { op: 'create', entity: 'node', id: a, data: { kind: 'CLAIM', title: 'Contact vermindert vooroordelen.', x: 0, y: 200 } },
    { op: 'create', entity: 'node', id: b, data: { kind: 'CLAIM', title: 'Alleen bij gelijkwaardig contact.', x: 0, y: 400 } },
    { op: 'create', entity: 'node', id: c, data: { kind: 'CLAIM', title: 'Ook ongelijk contact helpt.', x: 0, y: 600 } },
    { op: 'create', entity: 'relation', id: randomUUID(), data: { type: 'ANSWERS', fromId: a, toId: q } },
    { op: 'create', entity: 'relation', id: ab, data: { type: 'REBUTS', fromId: b, toId: a } },
    { op: 'create', entity: 'relation', id: bc, data: { type: 'REBUTS', fromId: c, toId: b } },
  ]);
  expect(r.status, r.text).toBe(200);
  return { mapId: map.id, q, a, b, c, ab, bc, revision: r.body.revision as number };
}

describe('GET /maps/{mapId}/evaluation', () => {
  it('answers the labels of a PUBLIC map to an anonymous reader, and follows the map as it changes', async () => {
    const m = await debate('PUBLIC');
    const res = await call('GET', `/api/v1/maps/${m.mapId}/evaluation`);
    expect(res.status, res.text).toBe(200);
    expect(res.body.revision).toBe(m.revision);
    // c is unattacked, so b is defeated, so a stands again; questions carry no label
    expect(res.body.nodes).toEqual({ [m.a]: 'IN', [m.b]: 'OUT', [m.c]: 'IN' });
    expect(res.body.relations).toEqual({ [m.ab]: 'OUT', [m.bc]: 'IN' });
    expect(res.body.undercutSupports).toEqual([]);

    // a rebuttal back from b to c: b and c attack each other and nothing settles it
    const back = await ops(m.mapId, owner, [{ op: 'create', entity: 'relation', id: randomUUID(), data: { type: 'REBUTS', fromId: m.b, toId: m.c } }]);
    expect(back.status, back.text).toBe(200);
    const after = await call('GET', `/api/v1/maps/${m.mapId}/evaluation`);
    expect(after.body.revision).toBe(back.body.revision);
    expect(after.body.nodes).toEqual({ [m.a]: 'UNDEC', [m.b]: 'UNDEC', [m.c]: 'UNDEC' });
  });

  it('answers a LINK map to anyone with its id, and a PRIVATE map only to its members', async () => {
    const link = await debate('LINK');
    expect((await call('GET', `/api/v1/maps/${link.mapId}/evaluation`)).status).toBe(200);
    const secret = await debate('PRIVATE');
    expectProblem(await call('GET', `/api/v1/maps/${secret.mapId}/evaluation`), 404);
    expectProblem(await call('GET', `/api/v1/maps/${secret.mapId}/evaluation`, { token: stranger.token }), 404);
    const mine = await call('GET', `/api/v1/maps/${secret.mapId}/evaluation`, { token: owner.token });
    expect(mine.status).toBe(200);
    expect(mine.body.nodes[secret.b]).toBe('OUT');
    expectProblem(await call('GET', `/api/v1/maps/${randomUUID()}/evaluation`), 404);
  });

  it('labels every claim, proposal and evidence node of the demo map and every rebuttal on it', async () => {
    const [graph, evaluation] = await Promise.all([call('GET', `/api/v1/maps/${DEMO_MAP_ID}/graph`), call('GET', `/api/v1/maps/${DEMO_MAP_ID}/evaluation`)]);
    expect(evaluation.status).toBe(200);
    const labelled = graph.body.nodes.filter((n: { kind: string }) => n.kind !== 'QUESTION').map((n: { id: string }) => n.id).sort();
    expect(Object.keys(evaluation.body.nodes).sort()).toEqual(labelled);
    const rebuttals = graph.body.relations.filter((r: { type: string }) => r.type === 'REBUTS').map((r: { id: string }) => r.id).sort();
    expect(Object.keys(evaluation.body.relations).sort()).toEqual(rebuttals);
    // a rebuttal that stands defeats what it rebuts
    for (const r of graph.body.relations.filter((x: { type: string }) => x.type === 'REBUTS')) {
      if (evaluation.body.relations[r.id] === 'IN') expect(evaluation.body.nodes[r.toId]).toBe('OUT');
    }
  });
});
