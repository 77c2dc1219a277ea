'use client';
// The diagram: React Flow over the canvas store's nodes and edges. Reads the store
// through selectors; renders only what is in view; every change goes through the
// document store as operations.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  Background,
  ConnectionMode,
  Controls,
  MiniMap,
  ReactFlow,
  type FinalConnectionState,
  type IsValidConnection,
  type Node,
  type Viewport,
} from '@xyflow/react';
import { allowedRelationTypes } from '@/lib/argument/rules';
import type { NodeKind } from '@/lib/argument/model';
import type { FlowEdge, FlowNode } from '@/lib/client/canvas-store';
import { loadViewport, saveViewport } from '@/lib/client/persist';
import { fill, useCanvas, useEditor } from './context';
import { addNode, connect, connectionOptions } from './commands';
import { ConnectMenu, RelationMenu, type RelationMenuState } from './ConnectMenu';
import { EDGE_TYPES, RELATION_MENU_EVENT, RelationMarkers, type RelationMenuRequest } from './edges/RelationEdges';
import { NODE_TYPES } from './nodes/ArgumentNode';
import { openReadable, ThemePanel } from './FirstView';

const MINIMAP_COLOUR: Record<NodeKind, string> = { QUESTION: '#2f5f9e', CLAIM: '#55554f', PROPOSAL: '#a86300', EVIDENCE: '#2b7a3f' };
const MINIMAP_KEY = 'pleit:minimap';
const minimapColour = (n: Node) => MINIMAP_COLOUR[n.type as NodeKind] ?? '#888';

export default function Canvas() {
  const ctx = useEditor();
  const { canvas, t, readOnly, mapId, flow } = ctx;
  const nodes = useCanvas((s) => s.nodes);
  const edges = useCanvas((s) => s.edges);
  const onNodesChange = useCanvas((s) => s.onNodesChange);
  const onEdgesChange = useCanvas((s) => s.onEdgesChange);
  const empty = nodes.length === 0;
  const connecting = useCanvas((s) => s.connecting);
  const [ready, setReady] = useState(false);
  const wrapper = useRef<HTMLDivElement>(null);
  // the viewport of the last visit, else fit the whole map (read once, before the first render)
  const [saved] = useState<Viewport | null>(() => (typeof window === 'undefined' ? null : loadViewport(mapId)));
  // the minimap: shown on wide screens, folded away on small ones (where it hid half the canvas); the choice is kept
  const [minimap, setMinimap] = useState<boolean>(() => {
    try {
      const kept = localStorage.getItem(MINIMAP_KEY);
      if (kept === 'shown' || kept === 'hidden') return kept === 'shown';
    } catch {
      /* no storage: the default */
    }
    return window.matchMedia('(min-width: 901px)').matches;
  });
  const toggleMinimap = () => {
    setMinimap((on) => {
      try {
        localStorage.setItem(MINIMAP_KEY, on ? 'hidden' : 'shown');
      } catch {
        /* kept for this page only */
      }
      return !on;
    });
  };
  const [relationMenu, setRelationMenu] = useState<RelationMenuState | null>(null);
  const openRelationMenu = useCallback(
    (relationId: string, clientX: number, clientY: number) => {
      if (readOnly || !wrapper.current) return;
      const rect = wrapper.current.getBoundingClientRect();
      canvas.getState().select([], [relationId]);
      setRelationMenu({ relationId, at: { x: clientX - rect.left, y: clientY - rect.top } });
    },
    [canvas, readOnly],
  );
  // the context menu asked for on a relation's label (rendered outside the edge's own element)
  useEffect(() => {
    const on = (e: Event) => {
      const d = (e as CustomEvent<RelationMenuRequest>).detail;
      openRelationMenu(d.relationId, d.clientX, d.clientY);
    };
    window.addEventListener(RELATION_MENU_EVENT, on);
    return () => window.removeEventListener(RELATION_MENU_EVENT, on);
  }, [openRelationMenu]);

  const ariaLabelConfig = useMemo(
    () => ({
      'node.a11yDescription.default': readOnly ? t.nodeHelpReader : t.nodeHelp,
      'node.a11yDescription.keyboardDisabled': readOnly ? t.nodeHelpReader : t.nodeHelp,
      'edge.a11yDescription.default': readOnly ? t.edgeHelpReader : t.edgeHelp,
      'controls.ariaLabel': t.zoomControls,
      'controls.zoomIn.ariaLabel': t.zoomIn,
      'controls.zoomOut.ariaLabel': t.zoomOut,
      'controls.fitView.ariaLabel': t.fitView,
      'controls.interactive.ariaLabel': t.lock,
      'minimap.ariaLabel': t.minimap,
      'handle.ariaLabel': t.handle,
    }),
    [t, readOnly],
  );

  const isValidConnection: IsValidConnection<FlowEdge> = useCallback(
    (c) => {
      const view = ctx.doc.getState().view;
      const from = view.nodes.get(c.source);
      const to = view.nodes.get(c.target);
      return !!from && !!to && from.id !== to.id && allowedRelationTypes(from.kind, to.kind).length > 0;
    },
    [ctx.doc],
  );

  const onConnectEnd = useCallback(
    (event: MouseEvent | TouchEvent, state: FinalConnectionState) => {
      canvas.getState().setConnecting(false);
      const fromId = state.fromNode?.id;
      if (!fromId || readOnly) return;
      const point = 'changedTouches' in event ? event.changedTouches[0] : event;
      const hit = document.elementFromPoint(point.clientX, point.clientY);
      const midpoint = hit?.closest('[data-relation-midpoint]')?.getAttribute('data-relation-midpoint');
      const nodeId = midpoint ? null : (state.toNode?.id ?? hit?.closest('.react-flow__node')?.getAttribute('data-id') ?? null);
      if (!midpoint && !nodeId) return;
      const target = midpoint ? ({ entity: 'relation', id: midpoint } as const) : ({ entity: 'node', id: nodeId! } as const);
      const { options, refusal } = connectionOptions(ctx, fromId, target);
      if (refusal) {
        canvas.getState().showFlash('error', fill(t.connectRefused, { reason: refusal }));
        return;
      }
      if (target.entity === 'relation') {
        connect(ctx, fromId, target.id, 'UNDERCUTS');
        return;
      }
      const rect = wrapper.current!.getBoundingClientRect();
      canvas.getState().setConnectMenu({ fromId, target, at: { x: point.clientX - rect.left, y: point.clientY - rect.top }, options, refusal: null });
    },
    [ctx, canvas, readOnly, t],
  );

  const onDoubleClick = useCallback(
    (e: React.MouseEvent) => {
      if (readOnly || !(e.target as Element).classList.contains('react-flow__pane')) return;
      const p = flow.current?.screenToFlowPosition({ x: e.clientX, y: e.clientY });
      if (p) addNode(ctx, 'CLAIM', { x: p.x - 120, y: p.y - 30 });
    },
    [ctx, flow, readOnly],
  );

  return (
    <div className={`canvas-wrap${connecting ? ' connecting' : ''}`} ref={wrapper} data-ready={ready ? 'true' : 'false'} data-testid="canvas">
      <RelationMarkers />
      <ReactFlow<FlowNode, FlowEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={NODE_TYPES}
        edgeTypes={EDGE_TYPES}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onInit={(instance) => {
          flow.current = instance;
          // without a viewport of an earlier visit: where titles can be read (the whole map, or its main question)
          if (!saved) openReadable(ctx);
          setReady(true);
        }}
        defaultViewport={saved ?? undefined}
        fitViewOptions={{ padding: 0.1, maxZoom: 1 }}
        onMoveEnd={(_, vp) => saveViewport(mapId, vp)}
        onConnectStart={() => canvas.getState().setConnecting(true)}
        onConnectEnd={onConnectEnd}
        isValidConnection={isValidConnection}
        connectionMode={ConnectionMode.Loose}
        connectionRadius={30}
        nodesDraggable={!readOnly}
        nodesConnectable={!readOnly}
        elementsSelectable
        deleteKeyCode={null}
        selectionKeyCode="Shift"
        multiSelectionKeyCode={['Shift', 'Meta', 'Control']}
        zoomOnDoubleClick={false}
        onDoubleClick={onDoubleClick}
        onNodeDoubleClick={(e, node) => {
          if (readOnly) return;
          e.stopPropagation();
          canvas.getState().select([node.id]);
          canvas.getState().setEditing(node.id);
        }}
        onPaneClick={() => {
          canvas.getState().setConnectMenu(null);
          setRelationMenu(null);
        }}
        onEdgeContextMenu={(e, edge) => {
          if (readOnly) return;
          e.preventDefault();
          openRelationMenu(edge.id, e.clientX, e.clientY);
        }}
        onlyRenderVisibleElements
        minZoom={0.05}
        maxZoom={2}
        ariaLabelConfig={ariaLabelConfig}
        aria-label={t.canvasLabel}
      >
        <Background gap={24} />
        {minimap && <MiniMap pannable zoomable nodeColor={minimapColour} ariaLabel={t.minimap} />}
        <Controls showInteractive={false} />
        <ThemePanel />
      </ReactFlow>
      {empty && <p className="canvas-empty">{readOnly ? t.emptyMapReader : t.emptyCanvas}</p>}
      <button type="button" className={`secondary small minimap-toggle${minimap ? ' open' : ''}`} aria-pressed={minimap} title={minimap ? t.minimapHide : t.minimapShow} onClick={toggleMinimap} data-testid="minimap-toggle">
        {t.minimap}
      </button>
      <ConnectMenu />
      <RelationMenu menu={relationMenu} onClose={() => setRelationMenu(null)} />
    </div>
  );
}
