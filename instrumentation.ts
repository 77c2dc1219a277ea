// Runs once when the server starts (Next's instrumentation hook): the sourcing workers
// (lib/server/sourcing/pool.ts) start and load their code now, not on the first upload
// or bibliography.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { warmUp } = await import('@/lib/server/sourcing/pool');
  warmUp();
}
