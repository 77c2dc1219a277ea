// AIF (the Argument Interchange Format) in and out: AIFdb's JSON nodeset
// `{nodes, edges, locutions}` and OVA's xAIF wrapper `{AIF, OVA, text}`. I-nodes become
// nodes; an RA node becomes one SUPPORTS per premise (the relations of one RA are one
// argument: the report says so where there are several); a CA node becomes a REBUTS,
// or UNDERCUTS where it attacks an RA (each of its supports) or a CA (its rebuttal).
// Dialogue nodes (L, YA, TA) and rephrases (MA) have no place in Pleit's model: a
// locution is kept as a citation where the xAIF file carries the text it was cut from
// (the text becomes a source), otherwise in the node's body, and every such node is
// listed in the report. Real files' quirks are read, not refused: node objects listed
// twice, edges to nodes that do not exist, integer ids, locutions listed many times.
// OVA's positions are kept. Pleit writes what AIF cannot hold (kinds, bodies, tags,
// citations) in a `pleit` object beside the nodeset, and reads it back.
import { LIMITS } from '@/lib/api/schemas';
import { NODE_KINDS, type NodeKind, type Source } from '@/lib/argument/model';
import type { MapState } from '@/lib/argument/operations';
import { findQuote } from '@/lib/sourcing/quote';
import { SOURCE_TEXT_LIMITS } from '@/lib/sourcing/limits';
import { ImportBuilder, INTERCHANGE_LIMITS, withinLimits, mapTitle, TooLargeForImport, type ImportProblem, type ParseOutcome } from './common';
import type { WrittenFile } from './argdown';

interface AifNode {
  nodeID: string;
  text: string;
  type: string;
  scheme?: string;
}
interface AifEdge {
  edgeID: string;
  fromID: string;
  toID: string;
}

const id = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : typeof v === 'number' && Number.isFinite(v) ? String(v) : null);
const str = (v: unknown) => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');

/** HTML (OVA's text) as plain text: block ends as line breaks, tags out, entities decoded. Linear. */
export function htmlText(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(div|p|li|h[1-6])\s*>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(nbsp|amp|lt|gt|quot|#39|apos);/g, (_m, e: string) => ({ nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'" })[e]!)
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The text of each `<span id="node…">` of OVA's text, by node id. */
function spans(html: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of html.matchAll(/<span[^>]*\bid="node([^"]+)"[^>]*>([\s\S]*?)<\/span>/g)) out.set(m[1], htmlText(m[2]));
  return out;
}

/** OVA draws small boxes, Pleit 240-pixel cards: OVA's coordinates are spread by this much. */
const OVA_SCALE = 1.5;

export interface AifOptions {
  fallbackTitle?: string;
  limits?: typeof INTERCHANGE_LIMITS;
}

/** Reads an AIF JSON value (already parsed) into Pleit's model. */
export function parseAif(value: unknown, opts: AifOptions = {}): ParseOutcome {
  return withinLimits(() => parseAifUnchecked(value, opts));
}

function parseAifUnchecked(value: unknown, opts: AifOptions = {}): ParseOutcome {
  const limits = opts.limits ?? INTERCHANGE_LIMITS;
  const problems: ImportProblem[] = [];
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { ok: false, problems: [{ message: 'An AIF file is a JSON object with "nodes" and "edges" (or an xAIF object with "AIF").' }] };
  const top = value as Record<string, unknown>;
  const aif = (top.AIF && typeof top.AIF === 'object' ? top.AIF : top) as Record<string, unknown>;
  if (!Array.isArray(aif.nodes)) return { ok: false, problems: [{ message: 'AIF: "nodes" must be a list.' }] };
  if (aif.edges !== undefined && !Array.isArray(aif.edges)) return { ok: false, problems: [{ message: 'AIF: "edges" must be a list.' }] };
  const rawNodes = aif.nodes as unknown[];
  const rawEdges = (aif.edges ?? []) as unknown[];
  if (rawNodes.length + rawEdges.length > limits.elements) {
    return { ok: false, problems: [{ message: `An AIF file may hold at most ${limits.elements} nodes and edges; this one has ${rawNodes.length + rawEdges.length}.` }], tooLarge: { limit: limits.elements, count: rawNodes.length + rawEdges.length, what: 'AIF nodes and edges' } };
  }
  const b = new ImportBuilder(limits);
  const nodes = new Map<string, AifNode>();
  rawNodes.forEach((n, i) => {
    const o = (n ?? {}) as Record<string, unknown>;
    const nid = id(o.nodeID);
    if (!nid) {
      problems.push({ message: `nodes[${i}]: a node needs a nodeID (a string or a number).` });
      return;
    }
    if (typeof o.type !== 'string') {
      problems.push({ node: nid, message: `nodes[${i}] (${nid}): a node needs a type (I, RA, CA, MA, L, YA, TA, …).` });
      return;
    }
    if (nodes.has(nid)) {
      const first = nodes.get(nid)!;
      b.note({ node: nid }, 'skipped', first.text === str(o.text) && first.type === o.type ? `Node ${nid} is listed twice: read once.` : `Node ${nid} is listed twice with different content: the first is read.`);
      return;
    }
    nodes.set(nid, { nodeID: nid, text: str(o.text), type: o.type.toUpperCase(), scheme: str(o.scheme) || undefined });
  });
  if (problems.length) return { ok: false, problems: problems.slice(0, 100) };
  const edges: AifEdge[] = [];
  const seenEdges = new Set<string>();
  rawEdges.forEach((e, i) => {
    const o = (e ?? {}) as Record<string, unknown>;
    const eid = id(o.edgeID) ?? `edge#${i}`;
    const from = id(o.fromID);
    const to = id(o.toID);
    if (!from || !to || !nodes.has(from) || !nodes.has(to)) {
      b.note({ node: eid }, 'skipped', `Edge ${eid} (${from ?? '?'} → ${to ?? '?'}) names a node the file does not hold: skipped.`);
      return;
    }
    const key = `${from}>${to}`;
    if (seenEdges.has(key)) {
      b.note({ node: eid }, 'skipped', `Edge ${eid} repeats an edge from ${from} to ${to}: read once.`);
      return;
    }
    seenEdges.add(key);
    edges.push({ edgeID: eid, fromID: from, toID: to });
  });
  const into = new Map<string, string[]>();
  const outOf = new Map<string, string[]>();
  for (const e of edges) {
    (into.get(e.toID) ?? into.set(e.toID, []).get(e.toID)!).push(e.fromID);
    (outOf.get(e.fromID) ?? outOf.set(e.fromID, []).get(e.fromID)!).push(e.toID);
  }
  const typeOf = (nid: string) => nodes.get(nid)?.type;

  // Pleit's own metadata, when the file was written by Pleit
  const pleit = (top.pleit && typeof top.pleit === 'object' ? top.pleit : null) as null | {
    nodes?: Record<string, { kind?: string; body?: string; tags?: string[] }>;
    sources?: Record<string, Partial<Source> & { title?: string }>;
    citations?: { nodeID?: string; source?: string; quote?: string; page?: string }[];
  };

  // the source text of an xAIF file, and its passages by locution
  const html = typeof top.text === 'string' ? top.text : '';
  let sourceKey: string | null = null;
  let sourceText = '';
  let passages = new Map<string, string>();
  if (html.trim()) {
    sourceText = htmlText(html);
    if (sourceText.length > SOURCE_TEXT_LIMITS.textChars) {
      b.note({}, 'skipped', `The file's text is longer than ${SOURCE_TEXT_LIMITS.textChars} characters: not stored as a source.`);
      sourceText = '';
    } else if (sourceText) {
      passages = spans(html);
      sourceKey = b.source('xaif-text', { type: 'INTERVIEW', title: mapTitle(opts.fallbackTitle, 'Transcript'), text: sourceText });
    }
  }

  // positions (OVA)
  const positions = new Map<string, { x: number; y: number }>();
  const ova = top.OVA && typeof top.OVA === 'object' && !Array.isArray(top.OVA) ? (top.OVA as Record<string, unknown>) : null;
  if (ova && Array.isArray(ova.nodes)) {
    for (const n of ova.nodes as Record<string, unknown>[]) {
      const nid = id(n?.nodeID);
      const x = Number(n?.x);
      const y = Number(n?.y);
      if (nid && Number.isFinite(x) && Number.isFinite(y) && Math.abs(x) < LIMITS.coordinate && Math.abs(y) < LIMITS.coordinate) positions.set(nid, { x: x * OVA_SCALE, y: y * OVA_SCALE });
    }
  }

  try {
    // I-nodes
    for (const n of nodes.values()) {
      if (n.type !== 'I') continue;
      const meta = pleit?.nodes?.[n.nodeID];
      const kind = meta?.kind && (NODE_KINDS as readonly string[]).includes(meta.kind) ? (meta.kind as NodeKind) : 'CLAIM';
      const tags = (meta?.tags ?? []).filter((t): t is string => typeof t === 'string').map((t) => b.tag(t)).filter((t): t is string => !!t);
      const body = typeof meta?.body === 'string' ? meta.body : '';
      b.addNode(n.nodeID, { kind, title: n.text.trim() || `(I-node ${n.nodeID})`, body, tagIds: tags, ...(positions.get(n.nodeID) ?? {}) }, { node: n.nodeID });
    }
  } catch (e) {
    if (e instanceof TooLargeForImport) return { ok: false, problems: [{ message: e.message }], tooLarge: { limit: e.limit, count: e.count, what: e.what } };
    throw e;
  }
  const positioned = b.nodeCount > 0 && [...nodes.values()].filter((n) => n.type === 'I').every((n) => positions.has(n.nodeID));

  // locutions: L → YA → I; as citations where the text is there, else kept in the body
  const speakerless = (t: string) => t.replace(/^[^:]{1,80}:\s+/, '');
  const bodyExtra = new Map<string, string[]>();
  for (const n of nodes.values()) {
    if (n.type !== 'L') continue;
    const targets = (outOf.get(n.nodeID) ?? []).filter((y) => typeOf(y) === 'YA').flatMap((y) => (outOf.get(y) ?? []).filter((i) => typeOf(i) === 'I'));
    if (!targets.length) {
      b.note({ node: n.nodeID }, 'skipped', `L-node ${n.nodeID} (a locution${/^[^:]+:/.test(n.text) ? ` of ${n.text.split(':')[0]}` : ''}) introduces no I-node: skipped.`);
      continue;
    }
    const quote = passages.get(n.nodeID) ?? speakerless(n.text);
    for (const t of targets) {
      if (sourceKey && quote.trim() && findQuote(sourceText, quote)) {
        b.cite(t, sourceKey, quote);
        b.note({ node: n.nodeID }, 'kept', `L-node ${n.nodeID}: kept as a citation of the transcript on I-node ${t}.`);
      } else {
        (bodyExtra.get(t) ?? bodyExtra.set(t, []).get(t)!).push(n.text.trim());
        b.note({ node: n.nodeID }, 'kept', `L-node ${n.nodeID}: its text is kept in the body of I-node ${t}.`);
      }
    }
  }
  for (const [t, texts] of bodyExtra) {
    const node = b.node(t);
    if (!node) continue;
    const said = [...new Set(texts)].map((x) => `> ${x}`).join('\n');
    node.body = node.body ? `${node.body}\n\n${said}` : said;
  }

  // Pleit's sources and citations
  if (pleit?.citations && Array.isArray(pleit.citations)) {
    for (const c of pleit.citations) {
      const s = c?.source ? pleit.sources?.[c.source] : undefined;
      if (!s?.title || !c.nodeID || !c.quote || !b.hasNode(c.nodeID)) continue;
      const url = typeof s.url === 'string' && /^https?:\/\//.test(s.url) ? s.url : '';
      const sk = b.source(`pleit:${c.source}`, { type: s.type && ['ARTICLE', 'BOOK', 'CHAPTER', 'REPORT', 'WEB_PAGE', 'DATASET', 'INTERVIEW'].includes(s.type) ? s.type : 'REPORT', title: s.title, url, ...(typeof s.publisher === 'string' ? { publisher: s.publisher } : {}), ...(typeof s.date === 'string' && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(s.date) ? { date: s.date } : {}) });
      b.cite(c.nodeID, sk, c.quote, c.page ? { page: String(c.page).slice(0, 50) } : undefined);
    }
  }

  // RA: one SUPPORTS per premise; CA: REBUTS, or UNDERCUTS of what an RA or CA produced
  const produced = new Map<string, string[]>();
  const schemeNodes = [...nodes.values()].filter((n) => n.type === 'RA' || n.type === 'CA');
  const pending = new Map(schemeNodes.map((n) => [n.nodeID, n]));
  const relationsOf = (nid: string, depth: number): string[] => {
    if (produced.has(nid)) return produced.get(nid)!;
    const n = pending.get(nid);
    if (!n || depth > 32) return [];
    pending.delete(nid);
    const ins = (into.get(nid) ?? []).filter((x) => typeOf(x) === 'I');
    // a YA anchoring it is dialogue (reported with the YA node); an RA or CA pointing here is read from its side
    const others = (into.get(nid) ?? []).filter((x) => !['I', 'YA', 'RA', 'CA'].includes(typeOf(x) ?? ''));
    const outs = outOf.get(nid) ?? [];
    const made: string[] = [];
    produced.set(nid, made);
    if (others.length) b.note({ node: nid }, 'skipped', `${n.type}-node ${nid} has ${others.length} incoming edge(s) from ${others.map((o) => `${typeOf(o)} ${o}`).join(', ')}: only I-nodes can be premises or attackers in Pleit, skipped.`);
    if (!ins.length || !outs.length) {
      b.note({ node: nid }, 'skipped', `${n.type}-node ${nid} (${n.text || n.type}) has no ${!ins.length ? (n.type === 'RA' ? 'premise' : 'attacker') : 'conclusion'}: skipped.`);
      return made;
    }
    for (const target of outs) {
      const tt = typeOf(target);
      if (tt === 'I') {
        for (const p of ins) {
          const rid = b.addRelation(n.type === 'RA' ? 'SUPPORTS' : 'REBUTS', p, target, { node: nid }, `${nid}:${p}>${target}`);
          if (rid) made.push(rid);
        }
      } else if (tt === 'RA' || tt === 'CA') {
        if (n.type === 'RA') {
          b.note({ node: nid }, 'skipped', `RA-node ${nid} supports ${tt}-node ${target}: Pleit supports nodes, not relations, skipped.`);
          continue;
        }
        const attacked = relationsOf(target, depth + 1);
        if (!attacked.length) b.note({ node: nid }, 'skipped', `CA-node ${nid} attacks ${tt}-node ${target}, which was not imported: skipped.`);
        for (const r of attacked) for (const p of ins) {
          const rid = b.addRelation('UNDERCUTS', p, r, { node: nid }, `${nid}:${p}>${r}`);
          if (rid) made.push(rid);
        }
      } else {
        b.note({ node: nid }, 'skipped', `${n.type}-node ${nid} points to a ${tt ?? 'missing'} node ${target}: skipped.`);
      }
    }
    if (n.type === 'RA' && ins.length > 1) b.note({ node: nid }, 'kept', `RA-node ${nid}: ${ins.length} premises together, imported as ${ins.length} SUPPORTS relations (one argument).`);
    return made;
  };
  for (const n of schemeNodes) relationsOf(n.nodeID, 0);

  // what has no place in Pleit's model, one entry per node
  for (const n of nodes.values()) {
    if (n.type === 'I' || n.type === 'RA' || n.type === 'CA' || n.type === 'L') continue;
    const what = n.type === 'YA' ? 'an illocution (YA)' : n.type === 'TA' ? 'a transition (TA)' : n.type === 'MA' ? 'a rephrase (MA)' : `a ${n.type} node`;
    b.note({ node: n.nodeID }, 'skipped', `${n.type}-node ${n.nodeID} is ${what}${n.text ? ` ("${n.text.slice(0, 60)}")` : ''}: Pleit has no place for it, skipped.`);
  }

  const done = b.finish();
  const title = typeof pleit === 'object' && pleit && typeof (pleit as Record<string, unknown>).title === 'string' ? ((pleit as Record<string, unknown>).title as string) : undefined;
  return {
    ok: true,
    value: { format: 'aif', title: mapTitle(title, opts.fallbackTitle ?? 'AIF import'), description: '', content: done.content, positioned, report: done.report, reportOmitted: done.reportOmitted },
  };
}

/**
 * A map as an AIF nodeset: every node an I-node, every SUPPORTS an RA node of its
 * own, every REBUTS a CA node, every UNDERCUTS a CA node on the RA or CA of the
 * relation it undercuts; ANSWERS an RA (AIF has no answers: the kind QUESTION, kept
 * in `pleit`, tells them apart). `ova` wraps it as xAIF with OVA positions.
 */
export function serializeAif(map: { title: string }, state: MapState, opts: { ova?: boolean } = {}): WrittenFile & { value: unknown } {
  const lossy = new Set<string>();
  const nodes: { nodeID: string; text: string; type: string; timestamp: string; scheme?: string }[] = [];
  const edges: { edgeID: string; fromID: string; toID: string; formEdgeID: null }[] = [];
  const ids = new Map<string, string>();
  let next = 1;
  const nid = (key: string) => {
    let v = ids.get(key);
    if (!v) ids.set(key, (v = String(next++)));
    return v;
  };
  let edge = 1;
  const link = (from: string, to: string) => edges.push({ edgeID: String(edge++), fromID: from, toID: to, formEdgeID: null });
  const meta: Record<string, { kind?: string; body?: string; tags?: string[] }> = {};
  for (const n of state.nodes.values()) {
    const i = nid(`n:${n.id}`);
    nodes.push({ nodeID: i, text: n.title, type: 'I', timestamp: '' });
    const m: { kind?: string; body?: string; tags?: string[] } = {};
    if (n.kind !== 'CLAIM') m.kind = n.kind;
    if (n.body) m.body = n.body;
    const tags = n.tagIds.map((t) => state.tags.get(t)?.name).filter((x): x is string => !!x);
    if (tags.length) m.tags = tags;
    if (Object.keys(m).length) meta[i] = m;
    if (n.kind !== 'CLAIM' || n.body || tags.length) lossy.add('kinds-bodies-tags-in-metadata');
  }
  // S-nodes, undercuts after what they undercut
  const order = [...state.relations.values()].sort((a, b) => Number(a.type === 'UNDERCUTS') - Number(b.type === 'UNDERCUTS'));
  const done = new Set<string>();
  const emit = (r: (typeof order)[number], depth: number) => {
    if (done.has(r.id) || depth > 32) return;
    if (r.type === 'UNDERCUTS') {
      const t = state.relations.get(r.toId);
      if (!t) return;
      emit(t, depth + 1);
    }
    done.add(r.id);
    const s = nid(`r:${r.id}`);
    const ra = r.type === 'SUPPORTS' || r.type === 'ANSWERS';
    nodes.push({ nodeID: s, text: ra ? 'Default Inference' : 'Default Conflict', type: ra ? 'RA' : 'CA', timestamp: '', scheme: ra ? 'Default Inference' : 'Default Conflict' });
    link(nid(`n:${r.fromId}`), s);
    link(s, r.type === 'UNDERCUTS' ? nid(`r:${r.toId}`) : nid(`n:${r.toId}`));
  };
  for (const r of order) emit(r, 0);
  const sources: Record<string, Partial<Source>> = {};
  const citations: { nodeID: string; source: string; quote: string; page?: string }[] = [];
  for (const c of state.citations.values()) {
    const s = state.sources.get(c.sourceId);
    if (!s) continue;
    sources[s.id] = { type: s.type, title: s.title, url: s.url, publisher: s.publisher, date: s.date };
    citations.push({ nodeID: nid(`n:${c.nodeId}`), source: s.id, quote: c.quote, ...(c.locator.page ? { page: c.locator.page } : {}) });
    lossy.add('citations-in-metadata');
  }
  const nodeset = { nodes, edges, locutions: [] as unknown[] };
  const pleit = { title: map.title, nodes: meta, sources, citations };
  let value: unknown = { ...nodeset, pleit };
  if (opts.ova) {
    const ova = nodes.map((n) => ({ nodeID: n.nodeID, visible: n.type === 'I', x: 0, y: 0, timestamp: '' }));
    const byId = new Map(ova.map((o) => [o.nodeID, o]));
    for (const n of state.nodes.values()) {
      const o = byId.get(nid(`n:${n.id}`))!;
      o.x = Math.round(n.x / OVA_SCALE);
      o.y = Math.round(n.y / OVA_SCALE);
    }
    value = { AIF: { ...nodeset, participants: [], schemefulfillments: [], descriptorfulfillments: [] }, OVA: { firstname: '', surname: '', url: '', nodes: ova, edges: edges.map((e) => ({ fromID: e.fromID, toID: e.toID, visible: true })) }, text: '', pleit };
  }
  return { value, text: JSON.stringify(value, null, 2), lossy: [...lossy].sort() };
}
