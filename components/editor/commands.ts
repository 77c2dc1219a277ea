// The editing commands, shared by the toolbar, keyboard shortcuts, the canvas, the
// outline and the side panel: each builds one batch of operations, commits it to the
// document store (one undoable step) and tells the user what happened or why not.
import type { NodeKind, RelationType } from '@/lib/argument/model';
import type { Operation } from '@/lib/argument/operations';
import { allowedRelationTypes } from '@/lib/argument/rules';
import { layoutGraph, positionsFrom } from '@/lib/argument/layout';
import { copySelection, parseClipboard, pasteOps } from '@/lib/client/clipboard';
import {
  alignOps,
  citePassageOps,
  createConnectedOps,
  createNodeOps,
  deletionOps,
  estimateSize,
  evidenceFromPassageOps,
  freeSpot,
  moveOps,
  placeUnder,
  relationOp,
  type Alignment,
  type EvidenceSourcing,
  type PassageCitation,
} from '@/lib/client/edit-ops';
import { suggestTitle } from '@/components/sourcing/EvidenceForm';
import type { CommitResult } from '@/lib/client/editor-store';
import { runLayout } from '@/lib/client/layout-runner';
import { findFreeSpot } from '@/lib/client/placement';
import { fill, type EditorContextValue } from './context';
import { explainError, explainRelation } from './explain';

type Ctx = EditorContextValue;

const flashRefusal = (ctx: Ctx, r: CommitResult) => {
  if (!r.ok) ctx.canvas.getState().showFlash('error', explainError(ctx.t, r.error));
  return r.ok;
};

export function commit(ctx: Ctx, ops: Operation[], label: string): boolean {
  if (ctx.readOnly || !ops.length) return false;
  return flashRefusal(ctx, ctx.doc.getState().commit(ops, label));
}

/** The middle of what the reader sees, in map coordinates. */
export function viewCenter(ctx: Ctx): { x: number; y: number } {
  const flow = ctx.flow.current;
  const el = typeof document !== 'undefined' ? document.querySelector('.react-flow') : null;
  if (flow && el) {
    const r = el.getBoundingClientRect();
    const p = flow.screenToFlowPosition({ x: r.left + r.width / 2, y: r.top + r.height / 2 });
    return { x: p.x - 120, y: p.y - 40 };
  }
  // the outline view: below everything there is
  const nodes = [...ctx.doc.getState().view.nodes.values()];
  if (!nodes.length) return { x: 0, y: 0 };
  return { x: Math.min(...nodes.map((n) => n.x)), y: Math.max(...nodes.map((n) => n.y)) + 160 };
}

const sizeOf = (ctx: Ctx) => (id: string) => ctx.canvas.getState().sizeOf(id);

function afterCreate(ctx: Ctx, id: string, kind: NodeKind, edit = true) {
  const c = ctx.canvas.getState();
  c.select([id]);
  if (edit) c.setEditing(id);
  c.announce(fill(ctx.t.added, { kind: ctx.t.kinds[kind] }));
}

/** A new node of a kind; EVIDENCE first asks for its source and quote. */
export function addNode(ctx: Ctx, kind: NodeKind, at?: { x: number; y: number }) {
  if (ctx.readOnly) return;
  const where = freeSpot(ctx.doc.getState().view, at ?? viewCenter(ctx), estimateSize({ title: ctx.t.newTitle[kind], tagIds: [] }), sizeOf(ctx));
  if (kind === 'EVIDENCE') {
    ctx.canvas.getState().setEvidenceAt(where);
    return;
  }
  const { id, ops } = createNodeOps(kind, ctx.t.newTitle[kind], where);
  if (commit(ctx, ops, ctx.t.labels.add)) afterCreate(ctx, id, kind);
}

export function addEvidence(ctx: Ctx, at: { x: number; y: number }, title: string, sourcing: EvidenceSourcing): boolean {
  const { id, ops } = createNodeOps('EVIDENCE', title, at, sourcing);
  if (!commit(ctx, ops, ctx.t.labels.add)) return false;
  afterCreate(ctx, id, 'EVIDENCE', false);
  return true;
}

/** The one selected node, if exactly one node (and nothing else) is selected. */
export function singleSelectedNode(ctx: Ctx) {
  const c = ctx.canvas.getState();
  if (c.selectedNodes.size !== 1 || c.selectedRelations.size) return undefined;
  return ctx.doc.getState().view.nodes.get([...c.selectedNodes][0]);
}

/**
 * "Create evidence from this passage", once the reader has confirmed it (the reader pane
 * shows the passage, the title and what it supports first): a new EVIDENCE node with the
 * passage as its citation, supporting the chosen node (when the rules allow), placed in
 * free space under it or in view; selected and brought into view. One commit, so one
 * undo step.
 */
export function createEvidenceFromPassage(ctx: Ctx, passage: PassageCitation, choice: { title?: string; supportsId?: string | null } = {}): string | null {
  if (ctx.readOnly) return null;
  const view = ctx.doc.getState().view;
  const chosen = choice.supportsId === undefined ? singleSelectedNode(ctx) : choice.supportsId ? view.nodes.get(choice.supportsId) : undefined;
  const supports = chosen && allowedRelationTypes('EVIDENCE', chosen.kind).includes('SUPPORTS') ? chosen : undefined;
  const title = choice.title?.trim() || suggestTitle(passage.quote) || ctx.t.newTitle.EVIDENCE;
  const size = estimateSize({ title, tagIds: [] });
  const at = freeSpot(view, supports ? placeUnder(view, supports.id, sizeOf(ctx)) : viewCenter(ctx), size, sizeOf(ctx));
  const { id, ops } = evidenceFromPassageOps(title, at, passage, supports?.id ?? null);
  if (!commit(ctx, ops, ctx.t.labels.evidenceFromPassage)) return null;
  afterCreate(ctx, id, 'EVIDENCE', false);
  ctx.canvas.getState().announce(ctx.t.reader.evidenceCreated);
  requestAnimationFrame(() => reveal(ctx, id));
  return id;
}

/** "Cite on the selected node": the passage as a citation of the one selected node. */
export function citePassageOnSelected(ctx: Ctx, passage: PassageCitation): boolean {
  const node = singleSelectedNode(ctx);
  if (!node) return false;
  if (!commit(ctx, citePassageOps(node.id, passage), ctx.t.labels.citation)) return false;
  ctx.canvas.getState().announce(fill(ctx.t.reader.cited, { title: node.title }));
  return true;
}

/** The nodes a highlighted passage is cited on: selected, and brought into view together. */
export function revealNodes(ctx: Ctx, ids: string[]) {
  const view = ctx.doc.getState().view;
  const present = ids.filter((id) => view.nodes.has(id));
  if (!present.length) return;
  if (ctx.canvas.getState().view !== 'canvas') ctx.canvas.getState().select(present);
  else if (present.length === 1) reveal(ctx, present[0]);
  else {
    ctx.canvas.getState().select(present);
    void ctx.flow.current?.fitView({ nodes: present.map((id) => ({ id })), padding: 0.3, duration: 250, maxZoom: 1 });
  }
  ctx.canvas.getState().announce(fill(ctx.t.reader.selectedNodes, { titles: present.map((id) => `“${view.nodes.get(id)!.title}”`).join(', ') }));
}

/** "Add a reason for" (an answer, under a question) and "add a rebuttal to" the node. */
export function addConnected(ctx: Ctx, targetId: string, what: 'reason' | 'rebuttal') {
  if (ctx.readOnly) return;
  const view = ctx.doc.getState().view;
  const target = view.nodes.get(targetId);
  if (!target) return;
  if (what === 'rebuttal' && target.kind === 'QUESTION') {
    ctx.canvas.getState().showFlash('error', ctx.t.cannotRebutQuestion);
    return;
  }
  const type: Exclude<RelationType, 'UNDERCUTS'> = what === 'rebuttal' ? 'REBUTS' : target.kind === 'QUESTION' ? 'ANSWERS' : 'SUPPORTS';
  const kind: NodeKind = 'CLAIM';
  const title = what === 'rebuttal' ? ctx.t.newRebuttal : type === 'ANSWERS' ? ctx.t.newAnswer : ctx.t.newReason;
  const { id, ops } = createConnectedOps(view, targetId, type, kind, title, sizeOf(ctx));
  if (commit(ctx, ops, ctx.t.labels.add)) afterCreate(ctx, id, kind);
}

/** Relations an undercut may attack: supporting and rebutting ones (lib/argument/rules.ts). */
export const undercuttable = (type: RelationType) => type === 'SUPPORTS' || type === 'REBUTS';

/**
 * "Add an undercut" (a relation's context menu, the side panel): a new claim that
 * undercuts the relation, placed in free space beside the relation's middle, selected
 * and open for its title. One commit, so one undo step.
 */
export function addUndercut(ctx: Ctx, relationId: string): string | null {
  if (ctx.readOnly) return null;
  const view = ctx.doc.getState().view;
  const rel = view.relations.get(relationId);
  const from = rel ? view.nodes.get(rel.fromId) : undefined;
  const to = rel ? view.nodes.get(rel.toId) : undefined;
  if (!rel || !from || !to) return null;
  if (!undercuttable(rel.type)) {
    ctx.canvas.getState().showFlash('error', ctx.t.undercutNotHere);
    return null;
  }
  const title = ctx.t.newUndercut;
  const size = estimateSize({ title, tagIds: [] });
  const a = sizeOf(ctx)(from.id);
  const b = sizeOf(ctx)(to.id);
  // the relation's middle, and the new card to its right
  const mid = { x: (from.x + a.width / 2 + to.x + b.width / 2) / 2, y: (from.y + a.height / 2 + to.y + b.height / 2) / 2 };
  const at = freeSpot(view, { x: mid.x + 60, y: mid.y - size.height / 2 }, size, sizeOf(ctx));
  const { id, ops } = createNodeOps('CLAIM', title, at);
  ops.push(relationOp('UNDERCUTS', id, relationId));
  if (!commit(ctx, ops, ctx.t.labels.add)) return null;
  afterCreate(ctx, id, 'CLAIM');
  ctx.canvas.getState().announce(ctx.t.undercutAdded);
  return id;
}

export function renameNode(ctx: Ctx, id: string, title: string) {
  const n = ctx.doc.getState().view.nodes.get(id);
  if (!n || n.title === title) return;
  commit(ctx, [{ op: 'update', entity: 'node', id, version: n.version, data: { title } }], ctx.t.labels.rename);
}

export function updateNode(ctx: Ctx, id: string, data: Record<string, unknown>, label = ctx.t.labels.edit): boolean {
  const n = ctx.doc.getState().view.nodes.get(id);
  if (!n) return false;
  return commit(ctx, [{ op: 'update', entity: 'node', id, version: n.version, data } as Operation], label);
}

/** What may connect `fromId` to a node or a relation: the allowed types, or why none is. */
export function connectionOptions(
  ctx: Ctx,
  fromId: string,
  target: { entity: 'node' | 'relation'; id: string },
): { options: RelationType[]; refusal: string | null } {
  const view = ctx.doc.getState().view;
  const from = view.nodes.get(fromId);
  if (!from) return { options: [], refusal: null };
  const existing = new Set([...view.relations.values()].filter((r) => r.fromId === fromId && r.toId === target.id).map((r) => r.type));
  if (target.entity === 'relation') {
    const rel = view.relations.get(target.id);
    if (!rel) return { options: [], refusal: null };
    const refusal = explainRelation(ctx.t, ctx.locale, 'UNDERCUTS', from, { entity: 'relation', id: rel.id, type: rel.type });
    if (refusal) return { options: [], refusal };
    if (existing.has('UNDERCUTS')) return { options: [], refusal: ctx.t.rules.duplicate };
    return { options: ['UNDERCUTS'], refusal: null };
  }
  const to = view.nodes.get(target.id);
  if (!to) return { options: [], refusal: null };
  const toTarget = { entity: 'node' as const, id: to.id, kind: to.kind };
  if (from.id === to.id) return { options: [], refusal: ctx.t.rules.self };
  const allowed = allowedRelationTypes(from.kind, to.kind);
  if (!allowed.length) {
    const tried: RelationType = to.kind === 'QUESTION' ? 'ANSWERS' : from.kind === 'QUESTION' ? 'SUPPORTS' : 'SUPPORTS';
    return { options: [], refusal: explainRelation(ctx.t, ctx.locale, tried, from, toTarget) };
  }
  const options = allowed.filter((t) => !existing.has(t));
  return options.length ? { options, refusal: null } : { options: [], refusal: ctx.t.rules.duplicate };
}

export function connect(ctx: Ctx, fromId: string, toId: string, type: RelationType): boolean {
  const op = relationOp(type, fromId, toId);
  if (!commit(ctx, [op], ctx.t.labels.connect)) return false;
  ctx.canvas.getState().select([], [op.id]);
  ctx.canvas.getState().announce(`${ctx.t.relationNames[type]}`);
  return true;
}

export function deleteSelection(ctx: Ctx) {
  const c = ctx.canvas.getState();
  const view = ctx.doc.getState().view;
  const ops = deletionOps(view, c.selectedNodes, c.selectedRelations);
  if (!ops.length) return;
  const count = c.selectedNodes.size + c.selectedRelations.size;
  if (commit(ctx, ops, ctx.t.labels.delete)) {
    c.select([]);
    c.announce(fill(ctx.t.deleted, { n: count }));
  }
}

/** Undo or redo the top entry of its stack, announcing what was undone or why it could not be. */
function replay(ctx: Ctx, which: 'undo' | 'redo') {
  const doc = ctx.doc.getState();
  const entry = (which === 'undo' ? doc.undoStack : doc.redoStack).at(-1);
  const r = which === 'undo' ? doc.undo() : doc.redo();
  if (!r || !entry) return;
  if (r.ok) ctx.canvas.getState().announce(fill(which === 'undo' ? ctx.t.undone : ctx.t.redone, { label: entry.label }));
  else ctx.canvas.getState().showFlash('error', fill(ctx.t.undoFailed, { label: entry.label, reason: explainError(ctx.t, r.error) }));
}

export const undo = (ctx: Ctx) => replay(ctx, 'undo');
export const redo = (ctx: Ctx) => replay(ctx, 'redo');

/** elkjs in the worker, for the whole map or the selection; the result is one batch. */
export async function layout(ctx: Ctx, selectionOnly: boolean) {
  const c = ctx.canvas.getState();
  if (ctx.readOnly || c.layoutBusy) return;
  const view = ctx.doc.getState().view;
  const only = selectionOnly && c.selectedNodes.size > 1 ? new Set(c.selectedNodes) : undefined;
  if (!view.nodes.size) return;
  c.setLayout(true);
  try {
    const { result, ms } = await runLayout(layoutGraph(view, sizeOf(ctx), only));
    // the map may have changed while the worker ran: move only what still exists, from where it is now
    const now = ctx.doc.getState().view;
    const ops = moveOps(now, positionsFrom(result, now));
    commit(ctx, ops, ctx.t.labels.layout);
    ctx.canvas.getState().setLayout(false, ms);
    if (!only) requestAnimationFrame(() => ctx.flow.current?.fitView({ duration: 0, padding: 0.1, maxZoom: 1 }));
  } catch (e) {
    ctx.canvas.getState().setLayout(false);
    ctx.canvas.getState().showFlash('error', fill(ctx.t.layoutFailed, { message: (e as Error).message }));
  }
}

export function align(ctx: Ctx, how: Alignment) {
  const ids = [...ctx.canvas.getState().selectedNodes];
  commit(ctx, alignOps(ctx.doc.getState().view, ids, how, sizeOf(ctx)), ctx.t.labels.align);
}

const CLIPBOARD_KEY = 'pleit:clipboard';

/** The selection as JSON: into the system clipboard when the event allows, and into localStorage for other tabs. */
export function copyToClipboard(ctx: Ctx, event?: ClipboardEvent): boolean {
  const ids = ctx.canvas.getState().selectedNodes;
  if (!ids.size) return false;
  const payload = JSON.stringify(copySelection(ctx.doc.getState().view, ctx.mapId, ids));
  try {
    localStorage.setItem(CLIPBOARD_KEY, payload);
  } catch {
    /* storage full or disabled: the system clipboard still has it */
  }
  if (event?.clipboardData) {
    event.clipboardData.setData('text/plain', payload);
    event.preventDefault();
  } else void navigator.clipboard?.writeText(payload).catch(() => undefined);
  ctx.canvas.getState().announce(fill(ctx.t.copied, { n: ids.size }));
  return true;
}

export function pasteFromClipboard(ctx: Ctx, text?: string | null): boolean {
  if (ctx.readOnly) return false;
  let payload = parseClipboard(text);
  if (!payload) {
    try {
      payload = parseClipboard(localStorage.getItem(CLIPBOARD_KEY));
    } catch {
      payload = null;
    }
  }
  if (!payload || !payload.nodes.length) return false;
  const view = ctx.doc.getState().view;
  // within a map: a little below and to the right; into another map: where the reader looks
  let offset = { x: 40, y: 40 };
  if (payload.mapId !== ctx.mapId) {
    const center = viewCenter(ctx);
    offset = { x: center.x - Math.min(...payload.nodes.map((n) => n.x)), y: center.y - Math.min(...payload.nodes.map((n) => n.y)) };
  }
  // the pasted group as a whole goes where it overlaps nothing (pasted twice, it does not land on itself)
  const sizes = payload.nodes.map((n) => estimateSize({ title: n.title, tagIds: n.tagIds, kind: n.kind }));
  const minX = Math.min(...payload.nodes.map((n) => n.x));
  const minY = Math.min(...payload.nodes.map((n) => n.y));
  const group = {
    width: Math.max(...payload.nodes.map((n, i) => n.x + sizes[i].width)) - minX,
    height: Math.max(...payload.nodes.map((n, i) => n.y + sizes[i].height)) - minY,
  };
  const boxes = [...view.nodes.values()].map((n) => ({ x: n.x, y: n.y, ...sizeOf(ctx)(n.id) }));
  const spot = findFreeSpot(boxes, group, { x: minX + offset.x, y: minY + offset.y });
  offset = { x: Math.round(spot.x - minX), y: Math.round(spot.y - minY) };
  const { ops, nodeIds } = pasteOps(view, ctx.mapId, payload, offset);
  if (!commit(ctx, ops, ctx.t.labels.paste)) return false;
  ctx.canvas.getState().select(nodeIds);
  ctx.canvas.getState().announce(fill(ctx.t.pasted, { n: nodeIds.length }));
  // the next paste of the same copy lands further along
  try {
    localStorage.setItem(CLIPBOARD_KEY, JSON.stringify({ ...payload, nodes: payload.nodes.map((n) => ({ ...n, x: n.x + 40, y: n.y + 40 })) }));
  } catch {
    /* nothing to shift */
  }
  return true;
}

/** Selects a node and brings it into view (search hits, outline → canvas). */
export function reveal(ctx: Ctx, id: string) {
  ctx.canvas.getState().select([id]);
  const n = ctx.doc.getState().view.nodes.get(id);
  const flow = ctx.flow.current;
  if (n && flow) {
    const s = ctx.canvas.getState().sizeOf(id);
    void flow.setCenter(n.x + s.width / 2, n.y + s.height / 2, { zoom: Math.max(flow.getZoom(), 0.8), duration: 250 });
  }
}

/** Dims everything but a node and its neighbours, and fits them into view. */
export function focusOn(ctx: Ctx, id: string | null) {
  const c = ctx.canvas.getState();
  c.setFocus(id);
  const flow = ctx.flow.current;
  if (!flow) return;
  const ids = id ? [...(ctx.canvas.getState().focusSet ?? [])] : [];
  requestAnimationFrame(() => void flow.fitView({ nodes: ids.map((x) => ({ id: x })), padding: 0.25, duration: 250, maxZoom: 1.2 }));
}
