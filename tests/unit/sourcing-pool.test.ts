// The sourcing worker pool (lib/server/sourcing/pool.ts) with one worker and one place
// in line: a job past its deadline has its worker terminated and answered 422 (a text)
// while the next job runs on a new worker; a job more than the line holds is refused at
// once (503); an error a job throws on purpose arrives as the error it was.
import { describe, expect, it } from 'vitest';

process.env.PLEIT_SOURCING_WORKERS = '1';
process.env.PLEIT_SOURCING_QUEUE = '1';
const { JOB_DEADLINES, JobDeadlineError, POOL_LIMITS, PoolBusyError, poolProblem, runJob } = await import('@/lib/server/sourcing/pool');
const { TextExtractionError } = await import('@/lib/server/sourcing/extract');

const md = (s: string) => ({ bytes: new TextEncoder().encode(s), format: 'md' as const });
const settle = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e);

// each test starts a worker thread, which loads its code through tsx: seconds on a busy machine
describe('the sourcing pool', { timeout: 120_000 }, () => {
  it('runs a job on a worker and hands back an error the job threw as that error', async () => {
    expect(POOL_LIMITS).toMatchObject({ workers: 1, queue: 1 });
    expect(await runJob('extract', md('# Kop\n\nEen *tekst*.'))).toBe('Kop\n\nEen tekst.');
    const e = await settle(runJob('extract', md('')));
    expect(e).toBeInstanceOf(TextExtractionError);
    expect((e as InstanceType<typeof TextExtractionError>).status).toBe(422);
  });

  it('stops a job past its deadline, refuses one more than the line holds, and runs the waiting one on a new worker', async () => {
    // (the worker is loaded by the test above: the deadline counts from the job's start)
    const deadline = JOB_DEADLINES.extract;
    JOB_DEADLINES.extract = 200;
    try {
      // quadratic in marked: seconds, far past 200 ms
      const slow = settle(runJob('extract', md('*a'.repeat(40_000))));
      const waiting = runJob('extract', md('wacht op zijn beurt'));
      const refused = await settle(runJob('extract', md('een te veel')));
      expect(refused).toBeInstanceOf(PoolBusyError);
      expect(poolProblem(refused)).toMatchObject({ status: 503, extra: { retryAfter: POOL_LIMITS.retryAfterSeconds } });
      const stopped = await slow;
      expect(stopped).toBeInstanceOf(JobDeadlineError);
      expect(poolProblem(stopped)).toMatchObject({ status: 422 });
      expect(await waiting).toBe('wacht op zijn beurt');
    } finally {
      JOB_DEADLINES.extract = deadline;
    }
  });
});
