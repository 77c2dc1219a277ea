'use client';
// The benchmark's baseline: React Flow with its default nodes and edges, controlled
// the usual way, and nothing else.
import { useState } from 'react';
import { applyEdgeChanges, applyNodeChanges, ReactFlow, type Edge, type Node } from '@xyflow/react';
import '@xyflow/react/dist/style.css';

export function BareFlow({
  nodes: initialNodes,
  edges: initialEdges,
  width,
  height,
}: {
  nodes: { id: string; title: string; x: number; y: number }[];
  edges: { id: string; source: string; target: string }[];
  width?: number;
  height?: number;
}) {
  const [nodes, setNodes] = useState<Node[]>(() => initialNodes.map((n) => ({ id: n.id, position: { x: n.x, y: n.y }, data: { label: n.title } })));
  const [edges, setEdges] = useState<Edge[]>(initialEdges);
  const [ready, setReady] = useState(false);
  return (
    <div style={{ position: 'fixed', top: 0, left: 0, width: width ?? '100vw', height: height ?? '100vh', background: '#fff', zIndex: 10 }} data-testid="canvas" data-ready={ready ? 'true' : 'false'}>
      <ReactFlow
        nodes={nodes}
        edges={edges}
        onNodesChange={(c) => setNodes((ns) => applyNodeChanges(c, ns))}
        onEdgesChange={(c) => setEdges((es) => applyEdgeChanges(c, es))}
        onInit={() => setReady(true)}
        fitView
        minZoom={0.05}
      />
    </div>
  );
}
