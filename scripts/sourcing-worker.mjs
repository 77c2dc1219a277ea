// A worker thread of the server's sourcing pool (lib/server/sourcing/pool.ts): runs
// the jobs of lib/server/sourcing/jobs.ts, one at a time, from the TypeScript sources
// through tsx (this file is found at run time, outside Next's bundle, like
// scripts/pdf-text.ts). Started with --conditions=react-server, so 'server-only' is empty.
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { runJobHere, serializeError } = await import('../lib/server/sourcing/jobs.ts');

// citation-js takes a while to load: before the first bibliography is asked for
void import('../lib/server/sourcing/bibliography.ts');

parentPort.postMessage({ ready: true });
parentPort.on('message', async ({ kind, input }) => {
  try {
    parentPort.postMessage({ ok: true, value: await runJobHere(kind, input) });
  } catch (e) {
    parentPort.postMessage({ ok: false, error: serializeError(e) });
  }
});
