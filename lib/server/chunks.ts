import 'server-only';
// Prisma's client engine compiles each query, and the driver adapter encodes its
// parameters, on the event loop: one createMany of 20,000 rows held it for seconds
// (PostgreSQL, a 10,000-node import). Written in chunks, with a turn of the loop between
// them, a large batch lets every other request in between; it stays one transaction.

/** Rows per statement: small enough that compiling one holds the loop for a few ms. */
export const ROWS_PER_STATEMENT = 500;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Calls `write` on consecutive slices of `rows`, yielding to the event loop between them. */
export async function inChunks<T>(rows: readonly T[], write: (slice: T[]) => Promise<unknown>, size = ROWS_PER_STATEMENT): Promise<void> {
  for (let i = 0; i < rows.length; i += size) {
    if (i > 0) await nextTurn();
    await write(rows.slice(i, i + size));
  }
}
