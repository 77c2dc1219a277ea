'use client';
// Relations as edges: one stroke style and arrowhead per type (colour, dash and glyph,
// so they read in greyscale), a label at the middle, and UNDERCUTS drawn to the middle
// of the relation it attacks. The label of a SUPPORTS or REBUTS edge is also where a
// connection is dropped to undercut it. Labels never cover each other and cross-links are
// drawn light (lib/client/edge-labels.ts): hovering or selecting a relation, or selecting
// one of its ends, brings its label and full stroke back.
import { memo, useState } from 'react';
import {
  BaseEdge,
  EdgeLabelRenderer,
  getBezierPath,
  Position,
  useInternalNode,
  useStore as useFlowStore,
  type EdgeProps,
  type InternalNode,
  type ReactFlowState,
} from '@xyflow/react';
import type { RelationType } from '@/lib/argument/model';
import type { FlowEdge, FlowNode } from '@/lib/client/canvas-store';
import { useCanvas, useDoc, useEditor } from '../context';
import { edgeLabelLayout } from '@/lib/client/edge-labels';
import { RELATION_GLYPH } from '../icons';
import { MARKER } from '@/lib/render/style';
import { FAR_ZOOM } from '../nodes/ArgumentNode';

const isFar = (s: ReactFlowState) => s.transform[2] < FAR_ZOOM;
export const markerId = (type: RelationType) => `pleit-arrow-${type.toLowerCase()}`;

/**
 * How one relation is drawn: whether its label fits among the others, whether it is a
 * cross-link, and whether the reader points at it (hovered, selected, or an end selected).
 */
function useRelationEmphasis(p: EdgeProps<FlowEdge>) {
  const { t, canvas } = useEditor();
  const [hover, setHover] = useState(false);
  const r = p.data!.relation;
  const target = p.data!.target;
  // once per map state for all relations; node sizes from the canvas's cache
  const sizeOf = canvas.getState().sizeOf;
  const fits = useDoc((s) => edgeLabelLayout(s.view, t.relations, sizeOf).shown.has(p.id));
  const long = useDoc((s) => edgeLabelLayout(s.view, t.relations, sizeOf).long.has(p.id));
  const endSelected = useCanvas((s) => s.selectedNodes.has(r.fromId) || s.selectedNodes.has(target ? target.fromId : r.toId) || (!!target && s.selectedNodes.has(target.toId)));
  const pointed = hover || !!p.selected || endSelected;
  return {
    labelled: fits || pointed,
    faint: long && !pointed,
    hoverProps: { onMouseEnter: () => setHover(true), onMouseLeave: () => setHover(false) },
  };
}

/** A relation's context menu was asked for (on its label): the canvas opens it (Canvas.tsx). */
export const RELATION_MENU_EVENT = 'pleit:relation-menu';
export interface RelationMenuRequest {
  relationId: string;
  clientX: number;
  clientY: number;
}

function EdgeLabel({ id, type, x, y, selected, dropTarget }: { id: string; type: RelationType; x: number; y: number; selected: boolean; dropTarget: boolean }) {
  const { t, canvas } = useEditor();
  return (
    <EdgeLabelRenderer>
      <div
        className={`edge-label rel-${type.toLowerCase()}${selected ? ' selected' : ''}${dropTarget ? ' drop-target' : ''} nopan`}
        style={{ transform: `translate(-50%, -50%) translate(${x}px, ${y}px)` }}
        data-relation-midpoint={type === 'SUPPORTS' || type === 'REBUTS' ? id : undefined}
        data-testid={`edge-label-${id}`}
        onClick={(e) => {
          e.stopPropagation();
          canvas.getState().select([], [id]);
        }}
        onContextMenu={(e) => {
          e.preventDefault();
          e.stopPropagation();
          window.dispatchEvent(new CustomEvent<RelationMenuRequest>(RELATION_MENU_EVENT, { detail: { relationId: id, clientX: e.clientX, clientY: e.clientY } }));
        }}
      >
        <span aria-hidden="true">{RELATION_GLYPH[type]}</span> {t.relations[type]}
      </div>
    </EdgeLabelRenderer>
  );
}

export const RelationEdge = memo(function RelationEdge(p: EdgeProps<FlowEdge>) {
  const type = p.data!.relation.type;
  const far = useFlowStore(isFar);
  const connecting = useCanvas((s) => s.connecting);
  const undercuttable = type === 'SUPPORTS' || type === 'REBUTS';
  const [path, labelX, labelY] = getBezierPath({
    sourceX: p.sourceX,
    sourceY: p.sourceY,
    sourcePosition: p.sourcePosition,
    targetX: p.targetX,
    targetY: p.targetY,
    targetPosition: p.targetPosition,
  });
  const { labelled, faint, hoverProps } = useRelationEmphasis(p);
  const showLabel = (!far && labelled) || (connecting && undercuttable);
  return (
    <>
      <g {...hoverProps} className={faint ? 'rel-faint' : undefined}>
        <BaseEdge id={p.id} path={path} className={`rel-path rel-${type.toLowerCase()}`} markerEnd={`url(#${markerId(type)})`} interactionWidth={16} />
      </g>
      {showLabel && <EdgeLabel id={p.id} type={type} x={labelX} y={labelY} selected={!!p.selected} dropTarget={connecting && undercuttable} />}
    </>
  );
});

/** Where React Flow attaches edges: the top handle ('out') and the bottom handle ('in'). */
function handlePoint(node: InternalNode<FlowNode> | undefined, which: 'out' | 'in'): { x: number; y: number } | null {
  if (!node) return null;
  const pos = node.internals.positionAbsolute;
  const w = node.measured.width ?? node.initialWidth ?? 240;
  const h = node.measured.height ?? node.initialHeight ?? 100;
  const bounds = which === 'out' ? node.internals.handleBounds?.source?.[0] : node.internals.handleBounds?.target?.[0];
  if (bounds) {
    return { x: pos.x + bounds.x + bounds.width / 2, y: pos.y + bounds.y + (which === 'out' ? 0 : bounds.height) };
  }
  return { x: pos.x + w / 2, y: which === 'out' ? pos.y : pos.y + h };
}

export const UndercutEdge = memo(function UndercutEdge(p: EdgeProps<FlowEdge>) {
  const target = p.data!.target!;
  const far = useFlowStore(isFar);
  const from = useInternalNode<FlowNode>(target.fromId);
  const to = useInternalNode<FlowNode>(target.toId);
  const { labelled, faint, hoverProps } = useRelationEmphasis(p);
  const a = handlePoint(from, 'out');
  const b = handlePoint(to, 'in');
  if (!a || !b) return null;
  // the middle of the attacked relation's curve (its control points are symmetric)
  const mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
  const [path, labelX, labelY] = getBezierPath({
    sourceX: p.sourceX,
    sourceY: p.sourceY,
    sourcePosition: Position.Top,
    targetX: mid.x,
    targetY: mid.y,
    targetPosition: p.sourceX < mid.x ? Position.Left : Position.Right,
  });
  return (
    <>
      <g {...hoverProps} className={faint ? 'rel-faint' : undefined}>
        <BaseEdge id={p.id} path={path} className="rel-path rel-undercuts" markerEnd={`url(#${markerId('UNDERCUTS')})`} interactionWidth={16} />
      </g>
      {!far && labelled && <EdgeLabel id={p.id} type="UNDERCUTS" x={labelX} y={labelY} selected={!!p.selected} dropTarget={false} />}
    </>
  );
});

export const EDGE_TYPES = { relation: RelationEdge, undercut: UndercutEdge };

/** The arrowhead of a relation type, in a 12×12 box (markers, the legend and the exports draw the same: lib/render/style.ts). */
export function MarkerShape({ type }: { type: RelationType }) {
  const cls = `marker rel-${type.toLowerCase()}`;
  return (
    <>
      {MARKER[type].map((m) => (
        <path key={m.d} d={m.d} className={cls} fill={m.fill === 'white' ? '#fff' : m.fill === 'none' ? 'none' : undefined} strokeWidth={m.width} />
      ))}
    </>
  );
}

/** Arrowheads, one per relation type, defined once for the whole canvas. */
export function RelationMarkers() {
  const types: RelationType[] = ['SUPPORTS', 'REBUTS', 'UNDERCUTS', 'ANSWERS'];
  return (
    <svg className="relation-markers" aria-hidden="true" width="0" height="0">
      <defs>
        {types.map((type) => (
          <marker key={type} id={markerId(type)} viewBox="0 0 12 12" refX="11" refY="6" markerWidth="14" markerHeight="14" markerUnits="userSpaceOnUse" orient="auto-start-reverse">
            <MarkerShape type={type} />
          </marker>
        ))}
      </defs>
    </svg>
  );
}
