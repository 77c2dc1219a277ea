// Ready-made debate formats: the agenda (phases with durations) a session starts with.
export interface Phase {
  name: string;
  seconds: number;
}

const min = (m: number) => m * 60;

export const FORMAT_AGENDAS: Record<'bp' | 'ld' | 'classroom', { phases: Phase[]; prepSeconds: number }> = {
  // British Parliamentary: eight speeches of seven minutes, government and opposition alternating
  bp: {
    phases: ['Prime Minister', 'Leader of the Opposition', 'Deputy Prime Minister', 'Deputy Leader of the Opposition', 'Member of the Government', 'Member of the Opposition', 'Government Whip', 'Opposition Whip'].map((name) => ({ name, seconds: min(7) })),
    prepSeconds: 0,
  },
  // Lincoln–Douglas: 6-3-7-3-4-6-3, and four minutes of preparation for each side
  ld: {
    phases: [
      { name: 'Affirmative constructive', seconds: min(6) },
      { name: 'Cross-examination by the negative', seconds: min(3) },
      { name: 'Negative constructive', seconds: min(7) },
      { name: 'Cross-examination by the affirmative', seconds: min(3) },
      { name: 'First affirmative rebuttal', seconds: min(4) },
      { name: 'Negative rebuttal', seconds: min(6) },
      { name: 'Second affirmative rebuttal', seconds: min(3) },
    ],
    prepSeconds: min(4),
  },
  classroom: {
    phases: [
      { name: 'Opening', seconds: min(5) },
      { name: 'Reasons', seconds: min(10) },
      { name: 'Rebuttals', seconds: min(10) },
      { name: 'Vote', seconds: min(5) },
    ],
    prepSeconds: 0,
  },
};

/** The unambiguous alphabet of join codes: no 0/O, 1/l/I (and no L). 31 characters. */
export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const CODE_LENGTH = 7;

/** A code as typed (lower case, spaces, dashes) in its stored form. */
export const normalizeCode = (s: string) => s.toUpperCase().replace(/[\s-]/g, '');

export interface TimerState {
  phase: number;
  state: 'idle' | 'running' | 'paused' | 'done';
  startedAt: string | null;
  remainingMs: number;
}

/** What is left of the phase at `now`: only the server's stored start and remainder count. */
export function remainingAt(t: { state: string; startedAt: Date | string | null; remainingMs: number }, now: number): number {
  if (t.state !== 'running' || !t.startedAt) return Math.max(0, t.remainingMs);
  return Math.max(0, t.remainingMs - (now - new Date(t.startedAt).getTime()));
}

/** The votes on one node: distributions, not only means. */
export interface NodeResult {
  nodeId: string;
  votes: number;
  /** counts for −2, −1, 0, 1, 2 */
  agreement: number[];
  /** counts for 0…4 */
  impact: number[];
  agreementMean: number | null;
  impactMean: number | null;
  voters?: { name: string; agreement: number | null; impact: number | null }[];
}

// ---- preparation time (Lincoln–Douglas): each side has a bank of minutes it spends between
// speeches; one clock runs at a time, and only the server's stored start and remainders count.

export type PrepSide = 'pro' | 'contra';
export interface StoredPrep {
  totalMs: number;
  /** what each side had left when `running` last started (or when it was stopped) */
  pro: number;
  contra: number;
  running: PrepSide | null;
  startedAt: string | null;
}
export interface PrepOut {
  totalMs: number;
  remainingMs: Record<PrepSide, number>;
  running: PrepSide | null;
  startedAt: string | null;
}

export const noPrep = (): StoredPrep => ({ totalMs: 0, pro: 0, contra: 0, running: null, startedAt: null });
export const freshPrep = (seconds: number): StoredPrep => ({ totalMs: seconds * 1000, pro: seconds * 1000, contra: seconds * 1000, running: null, startedAt: null });

/** A stored prep column as read (a session from before prep time has '{}': no prep). */
export function readPrep(json: string): StoredPrep {
  try {
    const p = JSON.parse(json) as Partial<StoredPrep>;
    if (typeof p.totalMs !== 'number' || p.totalMs <= 0) return noPrep();
    const side = (v: unknown) => (typeof v === 'number' && v >= 0 ? Math.min(v, p.totalMs!) : p.totalMs!);
    return { totalMs: p.totalMs, pro: side(p.pro), contra: side(p.contra), running: p.running === 'pro' || p.running === 'contra' ? p.running : null, startedAt: typeof p.startedAt === 'string' ? p.startedAt : null };
  } catch {
    return noPrep();
  }
}

/** Each side's bank at `now`: the running side's clock counts down from its start. */
export function prepAt(p: StoredPrep, now: number): PrepOut {
  const left = (side: PrepSide) => (p.running === side && p.startedAt ? Math.max(0, p[side] - (now - Date.parse(p.startedAt))) : p[side]);
  return { totalMs: p.totalMs, remainingMs: { pro: left('pro'), contra: left('contra') }, running: p.running, startedAt: p.startedAt };
}

/** The prep clock stopped at `now`: the running side keeps what it had left. */
export function stopPrep(p: StoredPrep, now: number): StoredPrep {
  if (!p.running) return p;
  const at = prepAt(p, now);
  return { ...p, pro: at.remainingMs.pro, contra: at.remainingMs.contra, running: null, startedAt: null };
}

/** `side`'s prep clock started at `now` (the other side's stopped first); null when its bank is empty. */
export function startPrep(p: StoredPrep, side: PrepSide, now: number): StoredPrep | null {
  const stopped = stopPrep(p, now);
  if (stopped[side] <= 0) return null;
  return { ...stopped, running: side, startedAt: new Date(now).toISOString() };
}
