// The quote check inside a batch's transaction (lib/server/maps.ts applyBatch): the
// texts of the sources that the batch's citations cite are read, and the citations
// checked against them (lib/sourcing/check.ts). A quote that is not in its source's
// text is a 422 naming the rule `quote-not-in-source`, like every other broken rule.
import 'server-only';
import type { Citation } from '@/lib/argument/model';
import type { Change } from '@/lib/argument/operations';
import type { Tx } from '@/lib/server/db';
import { HttpError } from '@/lib/server/http';
import { checkCitationChanges, QuoteNotInSourceError } from '@/lib/sourcing/check';
import { INLINE_CHECK_CHARS, runJobOrAnswer } from './pool';

export const QUOTE_RULE = 'quote-not-in-source';

export async function checkBatchQuotes(tx: Tx, mapId: string, changes: Change[]): Promise<Change[]> {
  const sourceIds = new Set<string>();
  for (const c of changes) {
    if (c.entity === 'citation' && c.after) sourceIds.add((c.after as Citation).sourceId);
  }
  if (!sourceIds.size) return changes;
  const rows = await tx.source.findMany({ where: { mapId, id: { in: [...sourceIds] }, text: { not: null } }, select: { id: true, text: true } });
  const texts = new Map(rows.map((r) => [r.id, r.text!]));
  // the characters the check may scan: each citation against its source's whole text
  let work = 0;
  for (const c of changes) if (c.entity === 'citation' && c.after) work += texts.get((c.after as Citation).sourceId)?.length ?? 0;
  try {
    if (work <= INLINE_CHECK_CHARS) return checkCitationChanges(changes, texts);
    // a long text or many citations: on a worker thread, so other requests go on meanwhile
    return await runJobOrAnswer('checkChanges', { changes, texts: [...texts] });
  } catch (e) {
    if (!(e instanceof QuoteNotInSourceError)) throw e;
    throw new HttpError(422, 'Rule violated', e.message, {
      type: `urn:pleit:problem:${QUOTE_RULE}`,
      rule: QUOTE_RULE,
      operationIndex: e.opIndex,
    });
  }
}
