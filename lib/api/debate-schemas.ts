// The request bodies of the debate-session API (/api/v1/sessions/…), with their limits.
// Operations of a proposal are parsed with the map's own `operation` schema.
import './zod-setup';
import { z } from 'zod';
import { operationBatch, str } from './schemas';

export const DEBATE_LIMITS = {
  title: 200,
  participantName: 60,
  note: 2000,
  reason: 1000,
  phases: 50,
  phaseName: 100,
  phaseSeconds: 4 * 60 * 60,
  /** each side's preparation time */
  prepSeconds: 60 * 60,
  /** operations in one proposal */
  proposalOperations: 50,
} as const;

const required = (max: number) => str().trim().min(1, 'Required.').max(max, `At most ${max} characters.`);

export const SESSION_MODES = ['moderated', 'open'] as const;
export const SIDES = ['pro', 'contra', 'neutral'] as const;
export const FORMATS = ['bp', 'ld', 'classroom', 'custom', 'none'] as const;
export const TIMER_ACTIONS = ['start', 'pause', 'resume', 'extend', 'next', 'stop'] as const;

export const phase = z.strictObject({ name: required(DEBATE_LIMITS.phaseName), seconds: z.number().int().min(1).max(DEBATE_LIMITS.phaseSeconds) });

export const sessionCreate = z.strictObject({
  title: required(DEBATE_LIMITS.title),
  mode: z.enum(SESSION_MODES),
  format: z.enum(FORMATS).optional(),
  /** the phases of a custom format */
  agenda: z.array(phase).max(DEBATE_LIMITS.phases).optional(),
  /** each side's preparation time (Lincoln–Douglas: 240 unless given; 0: none) */
  prepSeconds: z.number().int().min(0).max(DEBATE_LIMITS.prepSeconds).optional(),
});

export const sessionUpdate = z
  .strictObject({
    mode: z.enum(SESSION_MODES).optional(),
    locked: z.boolean().optional(),
    mapLocked: z.boolean().optional(),
    votingOpen: z.boolean().optional(),
    showVoterNames: z.boolean().optional(),
    status: z.literal('ended').optional(),
  })
  .refine((v) => Object.keys(v).length > 0, 'Nothing to change.');

export const joinRequest = z.strictObject({
  code: str().trim().min(1, 'Required.').max(20, 'At most 20 characters.'),
  name: required(DEBATE_LIMITS.participantName),
  side: z.enum(SIDES).optional(),
});

export const proposalCreate = z.strictObject({
  operations: operationBatch.shape.operations.max(DEBATE_LIMITS.proposalOperations, `At most ${DEBATE_LIMITS.proposalOperations} operations per proposal.`),
  note: str().max(DEBATE_LIMITS.note, `At most ${DEBATE_LIMITS.note} characters.`).optional(),
});

export const proposalApprove = z.strictObject({ operations: operationBatch.shape.operations.optional() }).optional();
export const proposalReject = z.strictObject({ reason: required(DEBATE_LIMITS.reason) });
/** the author's change of a pending proposal */
export const proposalEdit = z
  .strictObject({ operations: proposalCreate.shape.operations.optional(), note: proposalCreate.shape.note })
  .refine((v) => v.operations !== undefined || v.note !== undefined, 'Give operations, a note or both.');
/** merge into an existing node: `fromId` is which of the proposal's new nodes (needed when it creates several) */
export const proposalMerge = z.strictObject({
  nodeId: str().min(1).max(100),
  fromId: str().min(1).max(100).optional(),
  reason: str().trim().max(DEBATE_LIMITS.reason, `At most ${DEBATE_LIMITS.reason} characters.`).optional(),
});

export const voteRequest = z
  .strictObject({ agreement: z.number().int().min(-2).max(2).optional(), impact: z.number().int().min(0).max(4).optional() })
  .refine((v) => v.agreement !== undefined || v.impact !== undefined, 'Give agreement (−2…2), impact (0…4) or both.');

export const revealRequest = z.strictObject({ nodeIds: z.array(str().min(1).max(100)).min(1).max(1000).optional() }).optional();

export const prepRequest = z.strictObject({ action: z.enum(['start', 'stop']), side: z.enum(['pro', 'contra']).optional() }).refine((r) => r.action === 'stop' || r.side, { message: 'start needs a side: pro (affirmative) or contra (negative).', path: ['side'] });
export const timerRequest = z.strictObject({ action: z.enum(TIMER_ACTIONS), seconds: z.number().int().min(1).max(DEBATE_LIMITS.phaseSeconds).optional() });
export const handRequest = z.strictObject({ reply: z.boolean().optional() }).optional();
export const floorRequest = z.strictObject({ participantId: str().min(1).max(100).nullable() });
export const spotlightRequest = z.strictObject({ nodeId: str().min(1).max(100).nullable() });
export const participantUpdate = z
  .strictObject({ name: required(DEBATE_LIMITS.participantName).optional(), side: z.enum(SIDES).optional() })
  .refine((v) => v.name !== undefined || v.side !== undefined, 'Give a name, a side or both.');
