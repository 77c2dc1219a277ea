// Synthetic argument maps for the benchmark, shaped like real ones: a few questions,
// answers under them, reasons and rebuttals in a tree (2–4 children, evidence at the
// leaves), then cross-links (a reason bearing on a second claim) and some undercuts.
// Positions come from a simple tidy tree layout, so the map looks like a drawn one.
import type { NodeKind, RelationType } from '../lib/argument/model';
import type { Operation } from '../lib/argument/operations';
import { chunkOperations } from '../lib/client/history';
import { LIMITS } from '../lib/api/schemas';

const WORDS = (
  'migratie integratie draagvlak beleid arbeidsmarkt onderwijs taal inburgering gemeente buurt contact vooroordelen ' +
  'armoede huisvesting werk solidariteit veiligheid grenzen asiel gezinshereniging discriminatie kansen cijfers ' +
  'onderzoek studie rapport economie lonen belastingen zorg school vrijwilligers sport cultuur media politiek ' +
  'vertrouwen samenleving toekomst Europa België Nederland stad platteland jongeren ouderen vrouwen ondernemers'
).split(' ');

/** A deterministic pseudo-random generator, so every run benchmarks maps of the same content. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

interface GenNode {
  id: string;
  kind: NodeKind;
  parent: number | null;
  type: RelationType | null;
  depth: number;
  children: number[];
  x: number;
  y: number;
}

// ids must be new in every run (they are unique across maps); the content stays the same
const uuid = (_rand: () => number) => crypto.randomUUID();

export function generateMap(n: number, seed = 42): { batches: Operation[][]; counts: Record<string, number> } {
  const rand = rng(seed + n);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
  const sentence = () => {
    const len = 4 + Math.floor(rand() * 9);
    const w = Array.from({ length: len }, () => pick(WORDS)).join(' ');
    return w[0].toUpperCase() + w.slice(1) + '.';
  };
  const nodes: GenNode[] = [];
  const questions = Math.max(1, Math.round(n / 250));
  for (let q = 0; q < questions; q++) nodes.push({ id: uuid(rand), kind: 'QUESTION', parent: null, type: null, depth: 0, children: [], x: 0, y: 0 });
  // grow breadth-first: each parent gets 2–4 children until n nodes exist
  let cursor = 0;
  while (nodes.length < n) {
    const pi = cursor < nodes.length ? cursor : Math.floor(rand() * nodes.length);
    cursor++;
    const parent = nodes[pi];
    if (parent.kind === 'EVIDENCE') continue;
    const count = 2 + Math.floor(rand() * 3);
    for (let c = 0; c < count && nodes.length < n; c++) {
      let kind: NodeKind;
      let type: RelationType;
      if (parent.kind === 'QUESTION') {
        kind = rand() < 0.7 ? 'CLAIM' : 'PROPOSAL';
        type = 'ANSWERS';
      } else {
        const r = rand();
        kind = r < 0.2 ? 'EVIDENCE' : r < 0.3 ? 'PROPOSAL' : 'CLAIM';
        type = rand() < 0.65 ? 'SUPPORTS' : 'REBUTS';
      }
      const child: GenNode = { id: uuid(rand), kind, parent: pi, type, depth: parent.depth + 1, children: [], x: 0, y: 0 };
      parent.children.push(nodes.length);
      nodes.push(child);
    }
  }
  // tidy tree positions: leaves left to right, parents centred over their children
  let nextX = 0;
  const place = (i: number) => {
    const node = nodes[i];
    node.y = node.depth * 190;
    if (!node.children.length) {
      node.x = nextX;
      nextX += 270;
      return;
    }
    for (const c of node.children) place(c);
    node.x = (nodes[node.children[0]].x + nodes[node.children.at(-1)!].x) / 2;
  };
  for (let q = 0; q < questions; q++) {
    place(q);
    nextX += 400;
  }

  const tags = Array.from({ length: 8 }, (_, i) => ({ id: uuid(rand), name: `thema ${i + 1}`, color: ['#1f77b4', '#8c564b', '#2ca02c', '#9467bd', '#d62728', '#17becf', '#7f7f7f', '#bcbd22'][i] }));
  const sources = Array.from({ length: Math.max(1, Math.round(n / 50)) }, () => ({ id: uuid(rand), title: sentence() }));
  const ops: Operation[] = [];
  for (const t of tags) ops.push({ op: 'create', entity: 'tag', id: t.id, data: { name: t.name, color: t.color } });
  for (const s of sources) ops.push({ op: 'create', entity: 'source', id: s.id, data: { type: 'REPORT', title: s.title } });
  let citations = 0;
  for (const node of nodes) {
    const tagIds = rand() < 0.3 ? [pick(tags).id] : [];
    ops.push({ op: 'create', entity: 'node', id: node.id, data: { kind: node.kind, title: sentence(), body: rand() < 0.3 ? sentence() + ' ' + sentence() : '', x: Math.round(node.x), y: node.y, tagIds } });
    if (node.kind === 'EVIDENCE' || (node.kind !== 'QUESTION' && rand() < 0.2)) {
      ops.push({ op: 'create', entity: 'citation', id: uuid(rand), data: { nodeId: node.id, sourceId: pick(sources).id, quote: sentence(), locator: { page: String(1 + Math.floor(rand() * 200)) } } });
      citations++;
    }
  }
  const relations: { id: string; type: RelationType; fromId: string; toId: string }[] = [];
  const keys = new Set<string>();
  const addRelation = (type: RelationType, fromId: string, toId: string) => {
    const key = `${fromId}|${type}|${toId}`;
    if (fromId === toId || keys.has(key)) return false;
    keys.add(key);
    relations.push({ id: uuid(rand), type, fromId, toId });
    return true;
  };
  for (const node of nodes) if (node.parent !== null) addRelation(node.type!, node.id, nodes[node.parent].id);
  // cross-links: a reason that also bears on another claim or proposal
  const sources_ = nodes.filter((x) => x.kind !== 'QUESTION');
  const targets = nodes.filter((x) => x.kind === 'CLAIM' || x.kind === 'PROPOSAL');
  const crossLinks = Math.round(n * 0.08);
  for (let i = 0, made = 0; made < crossLinks && i < crossLinks * 5; i++) {
    if (addRelation(rand() < 0.6 ? 'SUPPORTS' : 'REBUTS', pick(sources_).id, pick(targets).id)) made++;
  }
  const treeRelations = relations.filter((r) => r.type === 'SUPPORTS' || r.type === 'REBUTS');
  const claims = nodes.filter((x) => x.kind === 'CLAIM' || x.kind === 'EVIDENCE');
  const undercuts = Math.round(n * 0.02);
  const undercutOps: Operation[] = [];
  for (let i = 0; i < undercuts; i++) {
    const target = pick(treeRelations);
    const from = pick(claims);
    const key = `${from.id}|UNDERCUTS|${target.id}`;
    if (from.id === target.fromId || keys.has(key)) continue;
    keys.add(key);
    undercutOps.push({ op: 'create', entity: 'relation', id: uuid(rand), data: { type: 'UNDERCUTS', fromId: from.id, toId: target.id } });
  }
  for (const r of relations) ops.push({ op: 'create', entity: 'relation', id: r.id, data: { type: r.type, fromId: r.fromId, toId: r.toId } });
  ops.push(...undercutOps);
  return {
    batches: chunkOperations(ops, LIMITS.operationsPerBatch),
    counts: { nodes: nodes.length, relations: relations.length + undercutOps.length, undercuts: undercutOps.length, crossLinks, citations, questions },
  };
}
