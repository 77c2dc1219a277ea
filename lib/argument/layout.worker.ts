// The elkjs layout, off the main thread. The bundled ELK runs synchronously in here;
// it installs its own message handler when loaded in a worker, so ours replaces it.
import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkNode } from 'elkjs/lib/elk-api';

export interface LayoutRequest {
  id: number;
  graph: ElkNode;
}
export type LayoutResponse = { id: number; ok: true; result: ElkNode; ms: number } | { id: number; ok: false; message: string };

const elk = new ELK();
const scope = self as unknown as { onmessage: ((e: MessageEvent<LayoutRequest>) => void) | null; postMessage(m: LayoutResponse): void };

scope.onmessage = async (e) => {
  const { id, graph } = e.data;
  const start = performance.now();
  try {
    const result = await elk.layout(graph);
    scope.postMessage({ id, ok: true, result, ms: performance.now() - start });
  } catch (err) {
    scope.postMessage({ id, ok: false, message: err instanceof Error ? err.message : String(err) });
  }
};
