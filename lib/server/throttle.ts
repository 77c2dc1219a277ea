// Sliding-window counters of failed attempts, in this process's memory (one server
// process; several processes behind a load balancer each keep their own, which
// multiplies the limits by their number). Only failures are counted, so people who
// sign in correctly are never slowed down; a key that reached its limit is refused
// until its oldest failure leaves the window.
import 'server-only';
import { HttpError } from './http';

export interface Window {
  limit: number;
  windowMs: number;
}

export class FailureLog {
  private readonly failures = new Map<string, number[]>();

  constructor(
    readonly window: Window,
    private readonly maxKeys = 50_000,
  ) {}

  private recent(key: string, now: number): number[] {
    const list = this.failures.get(key);
    if (!list) return [];
    const from = now - this.window.windowMs;
    const kept = list.filter((t) => t > from);
    if (kept.length) this.failures.set(key, kept);
    else this.failures.delete(key);
    return kept;
  }

  /** Seconds until the key may try again; 0 when it may now. */
  retryAfter(key: string, now = Date.now()): number {
    const list = this.recent(key, now);
    if (list.length < this.window.limit) return 0;
    const oldestThatCounts = list[list.length - this.window.limit];
    return Math.max(1, Math.ceil((oldestThatCounts + this.window.windowMs - now) / 1000));
  }

  fail(key: string, now = Date.now()) {
    const list = this.recent(key, now);
    list.push(now);
    // the newest failures matter; a key never holds more than its limit
    this.failures.delete(key); // re-inserted last: eviction below forgets the keys touched longest ago
    this.failures.set(key, list.slice(-this.window.limit));
    if (this.failures.size > this.maxKeys) {
      // Maps iterate in insertion order: forget the keys touched longest ago
      for (const k of this.failures.keys()) {
        this.failures.delete(k);
        if (this.failures.size <= this.maxKeys * 0.9) break;
      }
    }
  }

  clear(key: string) {
    this.failures.delete(key);
  }
}

const MINUTE = 60_000;

/**
 * Sign-in (and the current-password check of a password change):
 * - one account from one address: 10 failures in 15 minutes;
 * - one address, any accounts (spraying): 100 in 15 minutes;
 * - one account, any addresses (a distributed guess): 100 in 15 minutes.
 */
export const SIGN_IN_LIMITS = {
  accountAddress: { limit: 10, windowMs: 15 * MINUTE },
  address: { limit: 100, windowMs: 15 * MINUTE },
  account: { limit: 100, windowMs: 15 * MINUTE },
} as const;

/** Sign-up answers "address taken" at most 10 times in 15 minutes to one address. */
export const SIGN_UP_TAKEN_LIMIT: Window = { limit: 10, windowMs: 15 * MINUTE };

const stores = globalThis as unknown as { pleitThrottle?: { accountAddress: FailureLog; address: FailureLog; account: FailureLog; signUpTaken: FailureLog } };
const logs = () =>
  (stores.pleitThrottle ??= {
    accountAddress: new FailureLog(SIGN_IN_LIMITS.accountAddress),
    address: new FailureLog(SIGN_IN_LIMITS.address),
    account: new FailureLog(SIGN_IN_LIMITS.account),
    signUpTaken: new FailureLog(SIGN_UP_TAKEN_LIMIT),
  });

const normalEmail = (email: string | null | undefined) => (email ?? '').trim().toLowerCase();

/** Seconds to wait before this account may be tried from this address; 0 when it may now. */
export function signInRetryAfter(email: string | null | undefined, address: string): number {
  const l = logs();
  const account = normalEmail(email);
  return Math.max(
    l.address.retryAfter(address),
    account ? l.accountAddress.retryAfter(`${account}\n${address}`) : 0,
    account ? l.account.retryAfter(account) : 0,
  );
}

export function signInFailed(email: string | null | undefined, address: string) {
  const l = logs();
  const account = normalEmail(email);
  l.address.fail(address);
  if (account) {
    l.accountAddress.fail(`${account}\n${address}`);
    l.account.fail(account);
  }
}

/** A correct password from this address forgets this address's failures for the account. */
export function signInSucceeded(email: string | null | undefined, address: string) {
  const account = normalEmail(email);
  if (account) logs().accountAddress.clear(`${account}\n${address}`);
}

export const signUpTakenRetryAfter = (address: string) => logs().signUpTaken.retryAfter(address);
export const signUpTaken = (address: string) => logs().signUpTaken.fail(address);

/** 429 with Retry-After (seconds), as problem+json. */
export function tooManyAttempts(retryAfter: number, what = 'failed sign-in attempts'): HttpError {
  return new HttpError(429, 'Too many attempts', `Too many ${what}: try again in ${retryAfter} seconds.`, {
    type: 'urn:pleit:problem:too-many-attempts',
    retryAfter,
    headers: { 'retry-after': String(retryAfter) },
  });
}
