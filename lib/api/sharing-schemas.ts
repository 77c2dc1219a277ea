// Request bodies of sharing: access requests, class templates, duplicating a map.
import './zod-setup';
import { z } from 'zod';
import { ROLES } from '@/lib/argument/model';
import { entityId, LIMITS, str } from './schemas';

export const SHARING_LIMITS = { requestMessage: 1000 } as const;

/** POST /maps/{mapId}/access-requests */
export const accessRequestCreate = z.strictObject({
  message: str().max(SHARING_LIMITS.requestMessage, `At most ${SHARING_LIMITS.requestMessage} characters.`).optional().describe('a word to the owner'),
  role: z.enum(['VIEWER', 'EDITOR']).optional().describe('the role asked for (the owner decides)'),
});

/** POST /maps/{mapId}/access-requests/{id}/grant */
export const accessRequestGrant = z.strictObject({ role: z.enum(ROLES) });

/** POST /maps/{mapId}/templates */
export const templateCreate = z.strictObject({
  ownerReads: z.boolean().optional().describe('the link maker becomes a VIEWER of every copy (default true)'),
});

/** POST /maps/{mapId}/copy */
export const mapCopy = z.strictObject({
  title: str().trim().min(1, 'Required.').max(LIMITS.mapTitle, `At most ${LIMITS.mapTitle} characters.`).optional().describe('default: the original title with “(copy)”'),
});

/** a map id in a path: anything else is answered like an unknown map */
export const pathId = entityId;
