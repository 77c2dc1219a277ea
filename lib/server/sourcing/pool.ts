// The sourcing work that grows with its input (reading Markdown and HTML, checking
// quotes against long texts, formatting bibliographies) runs here, off the request's
// event loop: a fixed number of worker threads (scripts/sourcing-worker.mjs, which runs
// lib/server/sourcing/jobs.ts), one job at a time each, and a bounded queue in front.
// - A job that runs past its deadline has its worker terminated (and a new one started
//   for the next job); the caller gets a JobDeadlineError.
// - A job that arrives when the queue is full is refused at once with PoolBusyError: the
//   API answers 503 with Retry-After.
// - A worker that dies (out of memory) fails its job with JobCrashedError.
// The worker is a plain .mjs file found at run time under PLEIT_ROOT (or the working
// directory), as scripts/pdf-text.ts is: it is not part of Next's bundle, and runs the
// TypeScript sources through tsx, under `next start` as under `next dev` and in tests.
import 'server-only';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { HttpError } from '@/lib/server/http';
import { deserializeError, type JobInput, type JobKind, type JobOutput, type SerializedError } from './jobs';

/** A whole number from the environment, or the default (0 is a number too). */
export function envCount(name: string, fallback: number, min: number): number {
  const value = Number(process.env[name] ?? '');
  return process.env[name] && Number.isInteger(value) ? Math.max(min, value) : fallback;
}

export const POOL_LIMITS = {
  /** worker threads (the machines this runs on have 2 cores, one is the server's) */
  workers: envCount('PLEIT_SOURCING_WORKERS', 2, 1),
  /** jobs waiting for a worker; one more is refused with 503 */
  queue: envCount('PLEIT_SOURCING_QUEUE', 32, 0),
  /** heap of each worker, in megabytes */
  heapMb: 768,
  /** seconds the server suggests in Retry-After when the queue is full */
  retryAfterSeconds: 5,
} as const;

/** How long a new worker may take to load its code, on top of its first job's deadline. */
const WORKER_BOOT_MS = 30_000;

/** Characters a quote check may scan on the request's own thread (a few milliseconds); more goes to the pool. */
export const INLINE_CHECK_CHARS = 200_000;

/** The deadline of each kind of job, in milliseconds, counted from when a worker takes it. */
export const JOB_DEADLINES: Record<JobKind, number> = {
  extract: 20_000,
  normalize: 20_000,
  checkChanges: 20_000,
  recheck: 20_000,
  bibliography: 60_000,
  interchange: 60_000,
};

// The pool is one per process, but Next bundles this module more than once (the routes,
// instrumentation.ts): its errors are told apart by their code, not by instanceof, and a
// job's own error is rebuilt by the caller's copy of jobs.ts (runJob below).
type PoolErrorCode = 'busy' | 'deadline' | 'crashed' | 'threw';
abstract class PoolError extends Error {
  abstract readonly code: PoolErrorCode;
}
const poolError = (e: unknown): e is PoolBusyError | JobDeadlineError | JobCrashedError | JobThrew =>
  e instanceof Error && ['busy', 'deadline', 'crashed', 'threw'].includes((e as Partial<PoolError>).code as string);

export class PoolBusyError extends PoolError {
  readonly code = 'busy';
  constructor() {
    super('The server is busy with other long tasks; try again in a few seconds.');
  }
}

export class JobDeadlineError extends PoolError {
  readonly code = 'deadline';
  constructor(
    readonly kind: JobKind,
    readonly ms: number,
  ) {
    super(`The ${kind} job took longer than ${ms / 1000} seconds and was stopped.`);
  }
}

export class JobCrashedError extends PoolError {
  readonly code = 'crashed';
  constructor(
    readonly kind: JobKind,
    message: string,
  ) {
    super(message);
  }
}

/** An error the job threw on purpose, as it crossed the thread boundary. */
class JobThrew extends PoolError {
  readonly code = 'threw';
  constructor(readonly error: SerializedError) {
    super(error.message);
  }
}

interface Job {
  kind: JobKind;
  input: unknown;
  resolve: (value: unknown) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  job: Job | null;
  timer: NodeJS.Timeout | null;
  /** the worker has loaded its code (its deadline counts from then, not from its start) */
  ready: boolean;
}

const workerFile = () => path.join(process.env.PLEIT_ROOT ?? process.cwd(), 'scripts', 'sourcing-worker.mjs');

class Pool {
  private slots: Slot[] = [];
  private queue: Job[] = [];

  /** jobs running and waiting, for the health answer and the tests */
  stats() {
    return { workers: this.slots.length, running: this.slots.filter((s) => s.job).length, queued: this.queue.length };
  }

  warmUp() {
    while (this.slots.length < POOL_LIMITS.workers) this.spawn();
  }

  run(kind: JobKind, input: unknown): Promise<unknown> {
    return new Promise((resolve, reject) => {
      const job: Job = { kind, input, resolve, reject };
      const idle = this.idleSlot();
      if (idle) this.start(idle, job);
      else if (this.queue.length >= POOL_LIMITS.queue) reject(new PoolBusyError());
      else this.queue.push(job);
    });
  }

  private idleSlot(): Slot | null {
    const idle = this.slots.find((s) => !s.job);
    if (idle) return idle;
    if (this.slots.length < POOL_LIMITS.workers) return this.spawn();
    return null;
  }

  private spawn(): Slot {
    // (Reflect.construct: Turbopack would otherwise try to bundle the worker file and tsx with it)
    const worker: Worker = Reflect.construct(Worker, [
      workerFile(),
      {
        // lib/server/sourcing/* import 'server-only', which is empty under this condition
        execArgv: ['--conditions=react-server'],
        resourceLimits: { maxOldGenerationSizeMb: POOL_LIMITS.heapMb },
        env: process.env,
      },
    ]);
    const slot: Slot = { worker, job: null, timer: null, ready: false };
    worker.on('message', (m: { ready: true } | { ok: true; value: unknown } | { ok: false; error: SerializedError }) => {
      if ('ready' in m) {
        slot.ready = true;
        if (slot.job) this.arm(slot, slot.job);
        return;
      }
      const job = this.finish(slot);
      if (!job) return;
      if (m.ok) job.resolve(m.value);
      else job.reject(new JobThrew(m.error));
      this.next(slot);
    });
    worker.on('error', (e) => {
      const job = this.replace(slot);
      job?.reject(new JobCrashedError(job.kind, `The worker stopped: ${e.message}`));
    });
    worker.on('exit', () => {
      // an exit without 'error' (terminated by us, or process.exit in the worker)
      const job = this.replace(slot);
      job?.reject(new JobCrashedError(job.kind, 'The worker stopped.'));
    });
    // a worker waiting for work does not keep the server (or a test run) alive
    worker.unref();
    this.slots.push(slot);
    return slot;
  }

  private start(slot: Slot, job: Job) {
    slot.job = job;
    // (a message to a worker still loading waits in its port)
    slot.worker.postMessage({ kind: job.kind, input: job.input });
    // a worker still loading gets WORKER_BOOT_MS more, and the plain deadline once it is ready
    this.arm(slot, job, slot.ready ? 0 : WORKER_BOOT_MS);
  }

  /** The job's deadline, from when its worker can work on it. */
  private arm(slot: Slot, job: Job, extra = 0) {
    if (slot.timer) clearTimeout(slot.timer);
    const ms = JOB_DEADLINES[job.kind];
    slot.timer = setTimeout(() => {
      const running = this.replace(slot);
      void slot.worker.terminate();
      running?.reject(new JobDeadlineError(job.kind, ms));
    }, ms + extra);
  }

  private finish(slot: Slot): Job | null {
    const job = slot.job;
    if (slot.timer) clearTimeout(slot.timer);
    slot.job = null;
    slot.timer = null;
    return job;
  }

  /** Takes a slot whose worker is gone out of the pool; its job (if any) is returned to be failed. */
  private replace(slot: Slot): Job | null {
    const at = this.slots.indexOf(slot);
    if (at < 0) return null;
    this.slots.splice(at, 1);
    const job = this.finish(slot);
    slot.worker.removeAllListeners('message');
    // the next queued job gets a fresh worker
    const waiting = this.queue.shift();
    if (waiting) this.start(this.spawn(), waiting);
    return job;
  }

  private next(slot: Slot) {
    const job = this.queue.shift();
    if (job) this.start(slot, job);
  }
}

// one pool per server process (kept on globalThis: Next may load this module more than once)
const g = globalThis as { pleitSourcingPool?: Pool };
const pool = (g.pleitSourcingPool ??= new Pool());

/**
 * Runs one job on a worker thread; see the errors above for what can go wrong. An error
 * the job threw on purpose (a TextExtractionError, a QuoteNotInSourceError) is thrown
 * here as it was thrown there.
 */
export async function runJob<K extends JobKind>(kind: K, input: JobInput<K>): Promise<JobOutput<K>> {
  try {
    return (await pool.run(kind, input)) as JobOutput<K>;
  } catch (e) {
    throw poolError(e) && e.code === 'threw' ? deserializeError(e.error) : e;
  }
}

export const poolStats = () => pool.stats();

/** Starts the workers now, so that the first request does not wait for them (instrumentation.ts). */
export function warmUp() {
  pool.warmUp();
}

/** 503 with Retry-After: the server is at one of its limits. */
export const busy = (detail: string) => new HttpError(503, 'Service unavailable', detail, { type: 'urn:pleit:problem:busy', retryAfter: POOL_LIMITS.retryAfterSeconds });

/**
 * A pool error as the API answers it (null for any other error): 503 with Retry-After
 * when the queue is full, or when a quote check or bibliography ran out of time or
 * memory (the server's limit, not the caller's fault); 422 when a text could not be
 * read within them (the file is the problem: paste its text instead).
 */
export function poolProblem(e: unknown): HttpError | null {
  if (!poolError(e) || e.code === 'threw') return null;
  if (e.code === 'busy') return busy(e.message);
  const why = e.code === 'deadline' ? `took longer than ${e.ms / 1000} seconds` : 'needed more memory than Pleit allows';
  if (e.kind === 'extract' || e.kind === 'normalize') return new HttpError(422, 'Unusable text', `Reading this text ${why}. Paste its plain text instead.`, { type: 'urn:pleit:problem:source-text' });
  return busy(`This ${e.kind === 'bibliography' ? 'bibliography' : 'quote check'} ${why}; try again later.`);
}

/** Runs the job, answering pool errors as poolProblem does. */
export async function runJobOrAnswer<K extends JobKind>(kind: K, input: JobInput<K>): Promise<JobOutput<K>> {
  try {
    return await runJob(kind, input);
  } catch (e) {
    throw poolProblem(e) ?? e;
  }
}
