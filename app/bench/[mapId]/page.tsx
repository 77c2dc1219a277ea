// Benchmark only (bench/run.ts): the same map on a bare React Flow canvas, to compare
// the editor against. Exists only when the server runs with PLEIT_BENCH=1.
import { notFound } from 'next/navigation';
import { mapAccess } from '@/lib/server/access';
import { db } from '@/lib/server/db';
import { loadState } from '@/lib/server/maps';
import { currentUser } from '@/lib/server/session';
import { BareFlow } from '@/components/editor/bench/BareFlow';

export const dynamic = 'force-dynamic';

export default async function BenchPage({ params, searchParams }: { params: Promise<{ mapId: string }>; searchParams: Promise<{ w?: string; h?: string }> }) {
  if (process.env.PLEIT_BENCH !== '1') notFound();
  const { mapId } = await params;
  const user = await currentUser();
  try {
    await mapAccess(user ? { ...user, via: 'session' } : null, mapId);
  } catch {
    notFound();
  }
  const state = await db().$transaction((tx) => loadState(tx, mapId));
  const nodes = [...state.nodes.values()].map((n) => ({ id: n.id, title: n.title, x: n.x, y: n.y }));
  const edges = [...state.relations.values()].flatMap((r) => {
    const target = r.type === 'UNDERCUTS' ? state.relations.get(r.toId)?.toId : r.toId;
    return target ? [{ id: r.id, source: r.fromId, target }] : [];
  });
  // the same canvas size as the editor's, so both show the same part of the map
  const { w, h } = await searchParams;
  return <BareFlow nodes={nodes} edges={edges} width={Number(w) || undefined} height={Number(h) || undefined} />;
}
