// What the screen needs besides the document: React Flow's nodes and edges (built
// from the document's view, reusing every object whose entity did not change, so a
// change re-renders only what it touched), the selection shared by canvas and outline,
// and the editor's UI state (view, search, filters, focus, inline editing, menus).
import type { Edge, Node, NodeChange, EdgeChange } from '@xyflow/react';
import { applyNodeChanges } from '@xyflow/react';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ArgNode, NodeKind, Relation, RelationType, SourcingStatus, Tag } from '@/lib/argument/model';
import type { MapState } from '@/lib/argument/operations';
import { hiddenByFilters, indexOf, neighbourhood, NO_FILTERS, searchNodes, type Filters } from './derive';
import { moveOps, type Size } from './edit-ops';
import { nodeGeometry } from '@/lib/render/geometry';
import type { EditorDocStore } from './editor-store';

export interface ArgNodeData extends Record<string, unknown> {
  node: ArgNode;
  tags: Tag[];
  sourcing: SourcingStatus | null;
  citations: number;
}
export type FlowNode = Node<ArgNodeData, NodeKind>;

export interface RelationEdgeData extends Record<string, unknown> {
  relation: Relation;
  /** for an UNDERCUTS: the relation it attacks */
  target: Relation | null;
}
export type FlowEdge = Edge<RelationEdgeData, 'relation' | 'undercut'>;

export type EditorView = 'canvas' | 'outline' | 'reading';

/** The source reader beside the canvas: open or not, on which source, and a citation to bring into view. */
export interface ReaderState {
  open: boolean;
  sourceId: string | null;
  /** "show passage": the citation to scroll to; `seq` makes asking twice for the same one count */
  focus: { citationId: string; seq: number } | null;
}

export interface ConnectMenu {
  fromId: string;
  target: { entity: 'node'; id: string } | { entity: 'relation'; id: string };
  /** where to show it, in the canvas element's pixels */
  at: { x: number; y: number };
  options: RelationType[];
  /** why nothing may connect here, when nothing may */
  refusal: string | null;
}

export interface Flash {
  id: number;
  kind: 'error' | 'info';
  text: string;
}

export interface CanvasState {
  nodes: FlowNode[];
  edges: FlowEdge[];
  selectedNodes: ReadonlySet<string>;
  selectedRelations: ReadonlySet<string>;
  view: EditorView;
  editingId: string | null;
  search: string;
  hits: string[];
  hitSet: ReadonlySet<string>;
  hitIndex: number;
  filters: Filters;
  focusId: string | null;
  focusSet: ReadonlySet<string> | null;
  connectMenu: ConnectMenu | null;
  connecting: boolean;
  flash: Flash | null;
  announcement: string;
  /** an EVIDENCE node waiting for its source and quote, at this map position */
  evidenceAt: { x: number; y: number } | null;
  /** time the last layout took inside the worker (for the benchmark), ms */
  layoutMs: number | null;
  layoutBusy: boolean;
  reader: ReaderState;
}

export interface CanvasActions {
  onNodesChange(changes: NodeChange<FlowNode>[]): void;
  onEdgesChange(changes: EdgeChange<FlowEdge>[]): void;
  select(nodeIds: Iterable<string>, relationIds?: Iterable<string>): void;
  setView(view: EditorView): void;
  setEditing(id: string | null): void;
  setSearch(q: string): void;
  nextHit(step: 1 | -1): string | null;
  setFilters(f: Filters): void;
  setFocus(id: string | null): void;
  setConnectMenu(m: ConnectMenu | null): void;
  setConnecting(on: boolean): void;
  showFlash(kind: Flash['kind'], text: string): void;
  clearFlash(): void;
  announce(text: string): void;
  setEvidenceAt(at: { x: number; y: number } | null): void;
  setLayout(busy: boolean, ms?: number): void;
  /** opens the reader (on a source, and scrolled to one of its citations, when given) */
  openReader(sourceId?: string | null, citationId?: string): void;
  closeReader(): void;
  /** the reader's citation to scroll to was handled */
  clearReaderFocus(): void;
  sizeOf(id: string): Size;
  /** the UI's language changed: the nodes' and edges' accessible names follow */
  setLabels(labels: CanvasLabels): void;
  dispose(): void;
}

export type Canvas = CanvasState & CanvasActions;
export type CanvasStore = StoreApi<Canvas>;

const sameList = <T>(a: readonly T[], b: readonly T[]) => a.length === b.length && a.every((x, i) => x === b[i]);
const sameSet = (a: ReadonlySet<string>, b: ReadonlySet<string>) => a.size === b.size && [...a].every((x) => b.has(x));

/** React Flow nodes for a state: unchanged entities keep their previous node object. */
/** Words for the accessible names of nodes and edges (the UI's language). */
export interface CanvasLabels {
  kinds: Record<NodeKind, string>;
  relations: Record<RelationType, string>;
  theRelation: string;
}

const quoted = (s: string) => `“${s.length > 60 ? `${s.slice(0, 57)}…` : s}”`;

export function buildNodes(
  view: MapState,
  previous: ReadonlyMap<string, FlowNode>,
  selected: ReadonlySet<string>,
  hidden: ReadonlySet<string> | null,
  labels: CanvasLabels,
): FlowNode[] {
  const index = indexOf(view);
  const out: FlowNode[] = [];
  for (const n of view.nodes.values()) {
    const p = previous.get(n.id);
    const sourcing = index.sourcing.get(n.id) ?? null;
    const citations = index.citationCount.get(n.id) ?? 0;
    const tags = n.tagIds.map((t) => view.tags.get(t)).filter((t): t is Tag => !!t);
    const isSelected = selected.has(n.id);
    const isHidden = hidden?.has(n.id) ?? false;
    const sameData = !!p && p.data.node === n && p.data.sourcing === sourcing && p.data.citations === citations && sameList(p.data.tags, tags);
    if (p && sameData && !!p.selected === isSelected && !!p.hidden === isHidden) {
      out.push(p);
      continue;
    }
    const size = nodeGeometry(n, tags);
    out.push({
      ...p,
      id: n.id,
      type: n.kind,
      position: sameData && p ? p.position : { x: n.x, y: n.y },
      data: sameData && p ? p.data : { node: n, tags, sourcing, citations },
      selected: isSelected,
      hidden: isHidden,
      initialWidth: size.width,
      initialHeight: size.height,
      ariaLabel: `${labels.kinds[n.kind]}: ${n.title}`,
    });
  }
  return out;
}

export function buildEdges(
  view: MapState,
  previous: ReadonlyMap<string, FlowEdge>,
  selected: ReadonlySet<string>,
  hidden: ReadonlySet<string> | null,
  labels: CanvasLabels,
): FlowEdge[] {
  const title = (id: string) => quoted(view.nodes.get(id)?.title ?? '');
  const out: FlowEdge[] = [];
  for (const r of view.relations.values()) {
    const target = r.type === 'UNDERCUTS' ? view.relations.get(r.toId) ?? null : null;
    if (r.type === 'UNDERCUTS' && !target) continue;
    const p = previous.get(r.id);
    const isSelected = selected.has(r.id);
    const isHidden = !!hidden && (hidden.has(r.fromId) || hidden.has(r.toId) || (!!target && (hidden.has(target.fromId) || hidden.has(target.toId))));
    if (p && p.data!.relation === r && p.data!.target === target && !!p.selected === isSelected && !!p.hidden === isHidden) {
      out.push(p);
      continue;
    }
    out.push({
      id: r.id,
      type: target ? 'undercut' : 'relation',
      source: r.fromId,
      // an undercut is drawn to the middle of its target relation; React Flow only needs a node here
      target: target ? target.toId : r.toId,
      sourceHandle: 'out',
      targetHandle: 'in',
      data: { relation: r, target },
      selected: isSelected,
      hidden: isHidden,
      ariaLabel: `${title(r.fromId)} ${labels.relations[r.type]} ${target ? `${labels.theRelation} ${title(target.fromId)} → ${title(target.toId)}` : title(r.toId)}`,
    });
  }
  return out;
}

export function createCanvas(doc: EditorDocStore, initialLabels: CanvasLabels, initialView: EditorView = 'canvas'): CanvasStore {
  let labels = initialLabels;
  const store = createStore<Canvas>()((set, get) => {
    let flashId = 0;
    let byIdFor: FlowNode[] | null = null;
    let byId = new Map<string, FlowNode>();
    const rebuild = (partial: Partial<CanvasState> = {}) => {
      const s = { ...get(), ...partial };
      const view = doc.getState().view;
      const hidden = hiddenByFilters(view, s.filters);
      const nodes = buildNodes(view, new Map(s.nodes.map((n) => [n.id, n])), s.selectedNodes, hidden, labels);
      const edges = buildEdges(view, new Map(s.edges.map((e) => [e.id, e])), s.selectedRelations, hidden, labels);
      set({ ...partial, nodes, edges });
    };
    return {
      nodes: [],
      edges: [],
      selectedNodes: new Set(),
      selectedRelations: new Set(),
      view: initialView,
      editingId: null,
      search: '',
      hits: [],
      hitSet: new Set(),
      hitIndex: -1,
      filters: NO_FILTERS,
      focusId: null,
      focusSet: null,
      connectMenu: null,
      connecting: false,
      flash: null,
      announcement: '',
      evidenceAt: null,
      layoutMs: null,
      layoutBusy: false,
      reader: { open: false, sourceId: null, focus: null },

      onNodesChange(changes) {
        const s = get();
        let selection: Set<string> | null = null;
        const moved: [string, { x: number; y: number }][] = [];
        const relevant: NodeChange<FlowNode>[] = [];
        for (const c of changes) {
          if (c.type === 'select') {
            selection ??= new Set(s.selectedNodes);
            if (c.selected) selection.add(c.id);
            else selection.delete(c.id);
            relevant.push(c);
          } else if (c.type === 'position') {
            relevant.push(c);
            // a drag that ended, or a move by the arrow keys
            if (!c.dragging && c.position) moved.push([c.id, c.position]);
          } else if (c.type === 'dimensions') relevant.push(c);
        }
        if (!relevant.length) return;
        const nodes = applyNodeChanges(relevant, s.nodes);
        const selectedNodes = selection && !sameSet(selection, s.selectedNodes) ? selection : s.selectedNodes;
        set({ nodes, selectedNodes, ...(selectedNodes !== s.selectedNodes && s.editingId && !selectedNodes.has(s.editingId) ? { editingId: null } : {}) });
        if (moved.length) {
          const d = doc.getState();
          const ops = moveOps(d.view, moved);
          if (ops.length) d.commit(ops, 'move');
        }
      },

      onEdgesChange(changes) {
        const s = get();
        const selection = new Set(s.selectedRelations);
        let touched = false;
        for (const c of changes) {
          if (c.type !== 'select') continue;
          touched = true;
          if (c.selected) selection.add(c.id);
          else selection.delete(c.id);
        }
        if (touched && !sameSet(selection, s.selectedRelations)) rebuild({ selectedRelations: selection });
      },

      select(nodeIds, relationIds = []) {
        const selectedNodes = new Set(nodeIds);
        const selectedRelations = new Set(relationIds);
        const s = get();
        if (sameSet(selectedNodes, s.selectedNodes) && sameSet(selectedRelations, s.selectedRelations)) return;
        rebuild({ selectedNodes, selectedRelations, editingId: s.editingId && selectedNodes.has(s.editingId) ? s.editingId : null });
      },

      setView(view) {
        set({ view, connectMenu: null, editingId: null });
      },
      setEditing(editingId) {
        set({ editingId });
      },
      setSearch(search) {
        const hits = searchNodes(doc.getState().view, search);
        set({ search, hits, hitSet: new Set(hits), hitIndex: -1 });
      },
      nextHit(step) {
        const { hits, hitIndex } = get();
        if (!hits.length) return null;
        const i = (hitIndex + step + hits.length) % hits.length;
        set({ hitIndex: i });
        get().select([hits[i]]);
        return hits[i];
      },
      setFilters(filters) {
        rebuild({ filters });
      },
      setFocus(focusId) {
        set({ focusId, focusSet: focusId ? neighbourhood(doc.getState().view, focusId) : null });
      },
      setConnectMenu(connectMenu) {
        set({ connectMenu });
      },
      setConnecting(connecting) {
        if (get().connecting !== connecting) set({ connecting });
      },
      showFlash(kind, text) {
        set({ flash: { id: ++flashId, kind, text } });
      },
      clearFlash() {
        set({ flash: null });
      },
      announce(text) {
        // the same sentence twice must still be read out
        set({ announcement: get().announcement === text ? `${text}\u00a0` : text });
      },
      setEvidenceAt(evidenceAt) {
        set({ evidenceAt });
      },
      setLayout(layoutBusy, ms) {
        set({ layoutBusy, ...(ms !== undefined ? { layoutMs: ms } : {}) });
      },
      openReader(sourceId, citationId) {
        const r = get().reader;
        set({
          reader: {
            open: true,
            sourceId: sourceId === undefined ? r.sourceId : sourceId,
            focus: citationId ? { citationId, seq: (r.focus?.seq ?? 0) + 1 } : null,
          },
        });
      },
      closeReader() {
        set({ reader: { ...get().reader, open: false, focus: null } });
      },
      clearReaderFocus() {
        const r = get().reader;
        if (r.focus) set({ reader: { ...r, focus: null } });
      },
      sizeOf(id) {
        const nodes = get().nodes;
        if (byIdFor !== nodes) {
          byId = new Map(nodes.map((x) => [x.id, x]));
          byIdFor = nodes;
        }
        const n = byId.get(id);
        // every node's size comes from the shared geometry rule, not from the browser's measuring
        if (n) return { width: n.initialWidth!, height: n.initialHeight! };
        const view = doc.getState().view;
        const entity = view.nodes.get(id);
        if (!entity) return { width: 240, height: 100 };
        const { width, height } = nodeGeometry(entity, entity.tagIds.map((t) => view.tags.get(t)).filter((t): t is Tag => !!t));
        return { width, height };
      },
      setLabels(next) {
        labels = next;
        const s = get();
        const view = doc.getState().view;
        const hidden = hiddenByFilters(view, s.filters);
        // nothing reused: every accessible name is in the old language
        set({ nodes: buildNodes(view, new Map(), s.selectedNodes, hidden, labels), edges: buildEdges(view, new Map(), s.selectedRelations, hidden, labels) });
      },
      dispose() {
        unsubscribe();
      },
    };
  });

  // follow the document: rebuild what changed, keep selection, search and focus valid
  const unsubscribe = doc.subscribe((d, prev) => {
    if (d.view === prev.view) return;
    const s = store.getState();
    const alive = (ids: ReadonlySet<string>, coll: Map<string, unknown>) => {
      const kept = [...ids].filter((id) => coll.has(id));
      return kept.length === ids.size ? ids : new Set(kept);
    };
    const selectedNodes = alive(s.selectedNodes, d.view.nodes);
    const selectedRelations = alive(s.selectedRelations, d.view.relations);
    // the node open for editing (renamed inline, or alone in the side panel) vanished as the
    // log moved on: someone else deleted it, and the user should hear so, not just see it go
    if (d.revision !== prev.revision) {
      const edited = s.editingId ?? (s.selectedNodes.size === 1 && s.selectedRelations.size === 0 ? [...s.selectedNodes][0] : null);
      const gone = edited && !d.view.nodes.has(edited) ? prev.view.nodes.get(edited) : undefined;
      if (gone) queueMicrotask(() => doc.getState().addNotice({ kind: 'removed', label: gone.title, message: '', rule: null }));
    }
    const hidden = hiddenByFilters(d.view, s.filters);
    const nodes = buildNodes(d.view, new Map(s.nodes.map((n) => [n.id, n])), selectedNodes, hidden, labels);
    const edges = buildEdges(d.view, new Map(s.edges.map((e) => [e.id, e])), selectedRelations, hidden, labels);
    const hits = s.search ? searchNodes(d.view, s.search) : s.hits;
    store.setState({
      nodes,
      edges,
      selectedNodes,
      selectedRelations,
      ...(s.search ? { hits, hitSet: new Set(hits) } : {}),
      ...(s.focusId ? (d.view.nodes.has(s.focusId) ? { focusSet: neighbourhood(d.view, s.focusId) } : { focusId: null, focusSet: null }) : {}),
      ...(s.editingId && !d.view.nodes.has(s.editingId) ? { editingId: null } : {}),
    });
  });

  const d = doc.getState();
  store.setState({ nodes: buildNodes(d.view, new Map(), new Set(), null, labels), edges: buildEdges(d.view, new Map(), new Set(), null, labels) });
  return store;
}
