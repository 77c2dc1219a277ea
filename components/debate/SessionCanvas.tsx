'use client';
// The session's map on a canvas, read-only: React Flow with the editor's own node and
// edge components (components/editor/nodes, components/editor/edges), fed by the
// session's live document store (lib/client/debate.ts useSessionMap). The spotlighted
// node is marked and, while the reader follows, brought into view. The moderator also
// sees pending proposals as ghosts: dashed cards and dashed relations where the proposal
// would put them, which no one else sees. Clicking a node picks it (the proposal form's
// target, the vote, the spotlight); a ghost picks its proposal.
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import { Background, Controls, Handle, MiniMap, Position, ReactFlow, type Node, type NodeProps, type ReactFlowInstance } from '@xyflow/react';
import { useStore } from 'zustand';
import type { NodeKind, Relation } from '@/lib/argument/model';
import type { Operation } from '@/lib/argument/operations';
import { createCanvas, type FlowEdge, type FlowNode } from '@/lib/client/canvas-store';
import { createLiveStore } from '@/lib/client/sync';
import { createEvaluation } from '@/lib/client/evaluation';
import type { EditorDocStore } from '@/lib/client/editor-store';
import type { NodeResult, ProposalOut } from '@/lib/client/debate';
import { ResultBadge } from './parts';
import type { Locale } from '@/lib/i18n/messages';
import type { SessionText } from '@/lib/i18n/session-messages';
import { EditorContext, type EditorContextValue, type EditorText, type SourcingText } from '@/components/editor/context';
import { NODE_TYPES } from '@/components/editor/nodes/ArgumentNode';
import { EDGE_TYPES, RelationMarkers } from '@/components/editor/edges/RelationEdges';
import { nodeGeometry } from '@/lib/render/geometry';

interface GhostData extends Record<string, unknown> {
  proposalId: string;
  kind: NodeKind;
  title: string;
  author: string;
  label: string;
}
type GhostNode = Node<GhostData, 'ghost'>;

const GhostCard = memo(function GhostCard({ data }: NodeProps<GhostNode>) {
  return (
    <div className={`argnode kind-${data.kind.toLowerCase()} debate-ghost-node`} data-testid="canvas-ghost" data-proposal-id={data.proposalId}>
      <Handle type="source" position={Position.Top} id="out" className="arg-handle" isConnectable={false} />
      <Handle type="target" position={Position.Bottom} id="in" className="arg-handle" isConnectable={false} />
      <div className="argnode-head">
        <span className="argnode-kind">{data.label}</span>
      </div>
      <div className="argnode-title">{data.title}</div>
      <div className="debate-ghost-author">{data.author}</div>
    </div>
  );
});

interface BadgeData extends Record<string, unknown> {
  result: NodeResult;
  t: SessionText;
}
type BadgeNode = Node<BadgeData, 'badge'>;

/** A node's vote results once revealed (the moderator: live), just above its card. */
const BadgeCard = memo(function BadgeCard({ data }: NodeProps<BadgeNode>) {
  return <div className="debate-canvas-badge"><ResultBadge r={data.result} t={data.t} /></div>;
});

const TYPES = { ...NODE_TYPES, ghost: GhostCard, badge: BadgeCard };
const MINIMAP_COLOUR: Record<string, string> = { QUESTION: '#2f5f9e', CLAIM: '#55554f', PROPOSAL: '#a86300', EVIDENCE: '#2b7a3f', ghost: '#aab' };

/** React Flow nodes and edges for pending proposals: what each would create, where it would put it. */
export function ghostElements(
  proposals: ProposalOut[],
  nodeIds: ReadonlySet<string>,
  relations: ReadonlyMap<string, Relation>,
  words: { ghost: string; kinds: Record<NodeKind, string>; by: (id: string) => string },
): { nodes: GhostNode[]; edges: FlowEdge[] } {
  const nodes: GhostNode[] = [];
  const edges: FlowEdge[] = [];
  for (const p of proposals) {
    const made = new Map<string, Relation>();
    const ids = new Set<string>();
    for (const o of p.operations as Operation[]) {
      if (o.op !== 'create') continue;
      if (o.entity === 'node') {
        const size = nodeGeometry({ id: o.id, kind: o.data.kind, title: o.data.title, body: '', x: 0, y: 0, tagIds: [], version: 1 } as never, []);
        ids.add(o.id);
        nodes.push({
          id: o.id,
          type: 'ghost',
          position: { x: o.data.x ?? 0, y: o.data.y ?? 0 },
          data: { proposalId: p.id, kind: o.data.kind, title: o.data.title, author: words.by(p.participantId), label: `${words.ghost} · ${words.kinds[o.data.kind]}` },
          width: size.width,
          height: size.height + 18,
          selectable: false,
          draggable: false,
          className: 'debate-ghost-wrap',
          ariaLabel: `${words.ghost}: ${o.data.title} (${words.by(p.participantId)})`,
        });
      } else if (o.entity === 'relation') {
        made.set(o.id, { id: o.id, version: 1, ...o.data } as Relation);
      }
    }
    const known = (id: string) => nodeIds.has(id) || ids.has(id);
    for (const r of made.values()) {
      const target = r.type === 'UNDERCUTS' ? relations.get(r.toId) ?? made.get(r.toId) ?? null : null;
      if (!known(r.fromId) || (target ? !known(target.toId) : !known(r.toId))) continue;
      edges.push({
        id: `ghost-${r.id}`,
        type: target ? 'undercut' : 'relation',
        source: r.fromId,
        target: target ? target.toId : r.toId,
        sourceHandle: 'out',
        targetHandle: 'in',
        data: { relation: r, target },
        selectable: false,
        className: 'debate-ghost-edge',
      });
    }
  }
  return { nodes, edges };
}

export interface SessionCanvasProps {
  doc: EditorDocStore;
  te: EditorText;
  ts: SourcingText;
  t: SessionText;
  locale: Locale;
  spotlight: string | null;
  follow: boolean;
  /** pending proposals to draw as ghosts (the moderator's canvas only) */
  ghosts?: ProposalOut[];
  nameOf?: (participantId: string) => string;
  onPick?: (nodeId: string) => void;
  onPickProposal?: (proposalId: string) => void;
  /** a relation clicked (its impact is voted on) */
  onPickRelation?: (relationId: string) => void;
  picked?: string | null;
  /** vote results to show on their nodes */
  results?: NodeResult[] | null;
  /** a projector's canvas: no zoom controls, no minimap */
  bare?: boolean;
}

export default function SessionCanvas(props: SessionCanvasProps) {
  const { doc, te, ts, t, locale, spotlight, follow, ghosts, nameOf, onPick, onPickProposal, onPickRelation, picked, results, bare = false } = props;
  const [value] = useState<EditorContextValue>(() => ({
    mapId: doc.getState().mapId,
    doc,
    canvas: createCanvas(doc, { kinds: te.kinds, relations: te.relations, theRelation: te.theRelation }),
    live: createLiveStore(),
    evaluation: createEvaluation(),
    t: te,
    ts,
    locale,
    readOnly: true,
    signedIn: false,
    flow: { current: null },
  }));
  useEffect(() => () => value.canvas.getState().dispose(), [value]);
  const nodes = useStore(value.canvas, (s) => s.nodes);
  const edges = useStore(value.canvas, (s) => s.edges);
  const onNodesChange = useStore(value.canvas, (s) => s.onNodesChange);
  const view = useStore(doc, (s) => s.view);
  const [ready, setReady] = useState(false);
  const flow = useRef<ReactFlowInstance<Node, FlowEdge> | null>(null);

  const ghost = useMemo(
    () => (ghosts?.length ? ghostElements(ghosts, new Set(view.nodes.keys()), view.relations, { ghost: t.ghost, kinds: te.kinds, by: (id) => nameOf?.(id) ?? '' }) : { nodes: [], edges: [] }),
    [ghosts, view, t.ghost, te.kinds, nameOf],
  );
  // the spotlight and the picked node are marked; every other node object stays as the store made it
  const shownNodes = useMemo<Node[]>(() => {
    const marked = nodes.map((n) => {
      const cls = `${n.id === spotlight ? 'spotlit' : ''}${n.id === picked ? ' picked' : ''}`.trim();
      return cls ? { ...n, className: cls } : n;
    });
    const badges: BadgeNode[] = (results ?? []).flatMap((r) => {
      const n = view.nodes.get(r.nodeId);
      return n ? [{ id: `badge-${r.nodeId}`, type: 'badge' as const, position: { x: n.x, y: n.y - 30 }, data: { result: r, t }, selectable: false, draggable: false, focusable: false, width: 240, height: 26 }] : [];
    });
    return ghost.nodes.length || badges.length ? [...marked, ...ghost.nodes, ...badges] : marked;
  }, [nodes, spotlight, picked, ghost.nodes, results, view, t]);
  const shownEdges = useMemo(() => (ghost.edges.length ? [...edges, ...ghost.edges] : edges), [edges, ghost.edges]);

  // follow the spotlight: into view whenever it moves (and when the reader comes back)
  useEffect(() => {
    if (!ready || !follow || !spotlight || !view.nodes.has(spotlight)) return;
    void flow.current?.fitView({ nodes: [{ id: spotlight }], duration: 400, maxZoom: 1, padding: 0.6 });
  }, [ready, follow, spotlight, view]);

  const ariaLabelConfig = useMemo(
    () => ({
      'node.a11yDescription.default': t.canvasHelp,
      'node.a11yDescription.keyboardDisabled': t.canvasHelp,
      'edge.a11yDescription.default': te.edgeHelp,
      'controls.ariaLabel': te.zoomControls,
      'controls.zoomIn.ariaLabel': te.zoomIn,
      'controls.zoomOut.ariaLabel': te.zoomOut,
      'controls.fitView.ariaLabel': te.fitView,
      'controls.interactive.ariaLabel': te.lock,
      'minimap.ariaLabel': te.minimap,
      'handle.ariaLabel': te.handle,
    }),
    [t, te],
  );

  return (
    <EditorContext.Provider value={value}>
      <div className="debate-canvas" data-testid="session-canvas" data-ready={ready ? 'true' : 'false'}>
        <RelationMarkers />
        <ReactFlow<Node, FlowEdge>
          nodes={shownNodes}
          edges={shownEdges}
          nodeTypes={TYPES}
          edgeTypes={EDGE_TYPES}
          onNodesChange={(changes) => onNodesChange(changes.filter((c) => !('id' in c) || !c.id || view.nodes.has(c.id)) as never)}
          onInit={(instance) => {
            flow.current = instance;
            value.flow.current = instance as never;
            setReady(true);
          }}
          fitView
          fitViewOptions={{ padding: 0.1, maxZoom: 1 }}
          nodesDraggable={false}
          nodesConnectable={false}
          elementsSelectable
          deleteKeyCode={null}
          zoomOnDoubleClick={false}
          onNodeClick={(_, node) => {
            if (node.type === 'ghost') onPickProposal?.((node.data as GhostData).proposalId);
            else if (node.type !== 'badge') onPick?.(node.id);
          }}
          onEdgeClick={(_, edge) => {
            if (!edge.id.startsWith('ghost-')) onPickRelation?.(edge.id);
          }}
          onlyRenderVisibleElements
          minZoom={0.05}
          maxZoom={2}
          ariaLabelConfig={ariaLabelConfig}
          aria-label={t.canvasLabel}
        >
          <Background gap={24} />
          {!bare && <MiniMap pannable zoomable nodeColor={(n) => MINIMAP_COLOUR[n.type ?? ''] ?? '#888'} ariaLabel={te.minimap} />}
          {!bare && <Controls showInteractive={false} />}
        </ReactFlow>
        {view.nodes.size === 0 && <p className="canvas-empty">{te.emptyMap}</p>}
      </div>
    </EditorContext.Provider>
  );
}

export type { FlowNode };
