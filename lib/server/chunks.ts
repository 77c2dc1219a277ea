import 'server-only';
// Prisma's client engine compiles each query, and the PostgreSQL driver adapter encodes its
// parameters, on the event loop: one createMany of 20,000 rows held it for seconds (a
// 10,000-node import: /api/health waited 5.2 s). Written in chunks, with a turn of the loop
// between them, a large batch lets every other request in between; it stays one
// transaction. On SQLite the same chunks made things worse, measured (health waited 1.2 s
// instead of 25 ms: a request let in between queues behind the writing transaction), so
// SQLite writes each statement whole.
import { databaseProvider } from './db';

/** Rows per statement on PostgreSQL: compiling one holds the loop for a few ms. */
export const ROWS_PER_STATEMENT = 500;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Calls `write` on consecutive slices of `rows` (PostgreSQL), yielding to the event loop between them; SQLite: once. */
export async function inChunks<T>(rows: readonly T[], write: (slice: T[]) => Promise<unknown>, size = databaseProvider() === 'postgresql' ? ROWS_PER_STATEMENT : Infinity): Promise<void> {
  if (rows.length <= size) {
    await write([...rows]);
    return;
  }
  for (let i = 0; i < rows.length; i += size) {
    if (i > 0) await nextTurn();
    await write(rows.slice(i, i + size));
  }
}
