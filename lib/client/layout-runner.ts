// Runs elkjs in a web worker (lib/argument/layout.worker.ts) so a big layout never
// freezes the editor. One worker per page, started on first use.
import type { ElkNode } from 'elkjs/lib/elk-api';
import type { LayoutRequest, LayoutResponse } from '@/lib/argument/layout.worker';

let worker: Worker | null = null;
let nextId = 1;
const waiting = new Map<number, (r: LayoutResponse) => void>();

function getWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('../argument/layout.worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (e: MessageEvent<LayoutResponse>) => {
    waiting.get(e.data.id)?.(e.data);
    waiting.delete(e.data.id);
  };
  worker.onerror = (e) => {
    for (const [id, done] of waiting) done({ id, ok: false, message: e.message || 'layout worker failed' });
    waiting.clear();
    worker?.terminate();
    worker = null;
  };
  return worker;
}

/** Lays a graph out off the main thread; `ms` is the time ELK took inside the worker. */
export function runLayout(graph: ElkNode): Promise<{ result: ElkNode; ms: number }> {
  return new Promise((resolve, reject) => {
    const id = nextId++;
    waiting.set(id, (r) => (r.ok ? resolve({ result: r.result, ms: r.ms }) : reject(new Error(r.message))));
    getWorker().postMessage({ id, graph } satisfies LayoutRequest);
  });
}
