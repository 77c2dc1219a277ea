// The debate-session part of the OpenAPI document (lib/api/openapi.ts merges it in),
// from the schemas the session routes parse with.
import { z } from 'zod';
import * as d from './debate-schemas';

type Helpers = {
  body: (t: z.ZodType) => unknown;
  ok: (t: z.ZodType, description?: string) => unknown;
  problems: Record<string, unknown>;
};

export function sessionPaths({ body, ok, problems }: Helpers): Record<string, unknown> {
  const p = (name: string) => ({ name, in: 'path', required: true, schema: { type: 'string' } });
  const sid = p('sessionId');
  const any = ok(z.object({}).passthrough());
  const r = (summary: string, extra: Record<string, unknown> = {}) => ({ summary, ...extra, responses: { 200: any, ...problems } });
  return {
    '/api/v1/maps/{mapId}/sessions': {
      parameters: [p('mapId')],
      get: r("The map's debate sessions, live first (members of the map)"),
      post: { summary: 'Start a debate session (OWNER or MODERATOR of the map; at most one live session per map, else 409 rule one-live-session)', requestBody: body(d.sessionCreate), responses: { 201: ok(z.object({ id: z.string(), code: z.string(), joinUrl: z.string() }).passthrough(), 'Created'), ...problems } },
    },
    '/api/v1/sessions/join': {
      post: { summary: 'Join a live session by code. 201 {participantId, token} (200 for a rejoin: the same participant) and an httpOnly cookie for /api/v1/sessions. The token (Bearer pleit_guest_…) works for that session only; elsewhere it is a 401. Wrong codes: at most PLEIT_JOIN_FAILURES (20) per address in 15 minutes, then 429', requestBody: body(d.joinRequest), responses: { 201: ok(z.object({ sessionId: z.string(), participantId: z.string(), token: z.string() }).passthrough(), 'Joined'), ...problems } },
    },
    '/api/v1/sessions/{sessionId}': {
      parameters: [sid],
      get: r('The session as the caller sees it: timer (computed from the server clock), floor, spotlight, hands, participants, own proposals (the moderator: all)'),
      patch: { summary: 'Moderator: mode, locked (joining), mapLocked, votingOpen, showVoterNames, status "ended"', requestBody: body(d.sessionUpdate), responses: { 200: any, ...problems } },
    },
    '/api/v1/sessions/{sessionId}/graph': { parameters: [sid], get: r("The session's map (participants cannot read the map through the maps API)") },
    '/api/v1/sessions/{sessionId}/proposals': {
      parameters: [sid],
      get: r("Proposals: a participant's own, the moderator's all"),
      post: { summary: 'Propose operations (validated like any batch, and by a dry run on the map now; creates only, edits of nodes of own applied proposals). Moderated: pending (at most PLEIT_SESSION_MAX_PENDING, 5); open: applied at once. Rate limit PLEIT_SESSION_PROPOSALS_PER_MINUTE (10) → 429', requestBody: body(d.proposalCreate), responses: { 201: ok(z.object({ id: z.string(), status: z.enum(['pending', 'applied']) }).passthrough(), 'Created'), ...problems } },
    },
    '/api/v1/sessions/{sessionId}/proposals/{proposalId}/approve': { parameters: [sid, p('proposalId')], post: { summary: "Moderator: apply the proposal (or the given operations) as one batch with the proposal's status; 422 with the rule when it no longer holds", requestBody: body(d.proposalApprove.unwrap()), responses: { 200: any, ...problems } } },
    '/api/v1/sessions/{sessionId}/proposals/{proposalId}/reject': { parameters: [sid, p('proposalId')], post: { summary: 'Moderator: reject with a reason (its author sees it)', requestBody: body(d.proposalReject), responses: { 200: any, ...problems } } },
    '/api/v1/sessions/{sessionId}/proposals/{proposalId}': { parameters: [sid, p('proposalId')], patch: { summary: 'The author changes a pending proposal: operations (checked again like a new one) and/or note; 409 once decided', requestBody: body(d.proposalEdit), responses: { 200: any, ...problems } } },
    '/api/v1/sessions/{sessionId}/proposals/{proposalId}/merge': { parameters: [sid, p('proposalId')], post: { summary: "Moderator: merge the proposal's new node (fromId, when it creates several) into the existing nodeId: its relations and citation are attached there, relations the map already has are left out; applied as one batch (422 with the rule when it does not hold), status merged", requestBody: body(d.proposalMerge), responses: { 200: any, ...problems } } },
    '/api/v1/sessions/{sessionId}/map/events': { parameters: [sid, { name: 'after', in: 'query', schema: { type: 'integer' } }, { name: 'limit', in: 'query', schema: { type: 'integer' } }], get: r("The map's event log after `after`, for the session's participants and the map's members (no actor ids; entries before the session started and membership changes as redacted); 409 for a participant once the session ended") },
    '/api/v1/sessions/{sessionId}/map/stream': { parameters: [sid], get: { summary: "The session's map live: the map's event stream (SSE, resumable with Last-Event-ID or ?after=) for the session's participants, who cannot read the map's own stream; closed when the participant is removed or the session ends", responses: { 200: { description: 'text/event-stream' }, ...problems } } },
    '/api/v1/sessions/{sessionId}/votes/{nodeId}': { parameters: [sid, p('nodeId')], put: { summary: 'A participant votes on a node (agreement −2…2, impact 0…4) or on a relation (its impact 0…4 on what it bears on; agreement is a 422 there), changeable while voting is open. Rate limit PLEIT_SESSION_VOTES_PER_MINUTE (120)', requestBody: body(d.voteRequest), responses: { 200: any, ...problems } } },
    '/api/v1/sessions/{sessionId}/results': { parameters: [sid], get: r('Vote distributions per node: the moderator always; participants only what was revealed (403 before any reveal)') },
    '/api/v1/sessions/{sessionId}/reveal': { parameters: [sid], post: { summary: 'Moderator: reveal results of nodeIds, or of all', requestBody: body(d.revealRequest.unwrap()), responses: { 200: any, ...problems } } },
    '/api/v1/sessions/{sessionId}/prep': { parameters: [sid], post: { summary: 'Moderator: start a side\'s preparation clock (its bank of prepSeconds; the other side\'s clock and a running speech timer pause), or stop it', requestBody: body(d.prepRequest), responses: { 200: any, ...problems } } },
    '/api/v1/sessions/{sessionId}/timer': { parameters: [sid], post: { summary: 'Moderator: start (the phase, or seconds), pause, resume, extend (seconds), next (phase), stop', requestBody: body(d.timerRequest), responses: { 200: any, ...problems } } },
    '/api/v1/sessions/{sessionId}/hands': {
      parameters: [sid],
      post: { summary: 'A participant raises a hand (reply: true goes ahead of new points). Rate limit PLEIT_SESSION_HANDS_PER_MINUTE (10)', requestBody: body(d.handRequest.unwrap()), responses: { 201: any, ...problems } },
      delete: { summary: 'Lower the own hand, or (moderator) ?participantId=', responses: { 204: { description: 'Done' }, ...problems } },
    },
    '/api/v1/sessions/{sessionId}/floor': { parameters: [sid], post: { summary: 'Moderator: give the floor (null: nobody)', requestBody: body(d.floorRequest), responses: { 200: any, ...problems } } },
    '/api/v1/sessions/{sessionId}/spotlight': { parameters: [sid], post: { summary: 'Moderator: spotlight a node (null: none)', requestBody: body(d.spotlightRequest), responses: { 200: any, ...problems } } },
    '/api/v1/sessions/{sessionId}/participants/{participantId}': {
      parameters: [sid, p('participantId')],
      patch: { summary: 'Moderator: rename, or assign a side', requestBody: body(d.participantUpdate), responses: { 200: any, ...problems } },
      delete: { summary: 'Moderator: remove (the token stops working; no rejoin)', responses: { 204: { description: 'Done' }, ...problems } },
    },
    '/api/v1/sessions/{sessionId}/stream': { parameters: [sid], get: { summary: "The session's event log as Server-Sent Events, resumable with Last-Event-ID or ?after= like a map's; entries not for the reader arrive as type redacted", responses: { 200: { description: 'text/event-stream' }, ...problems } } },
    '/api/v1/sessions/{sessionId}/report': { parameters: [sid], get: r('The report (JSON; ?download=1 as a file): participants, timeline, proposals and outcomes, results, the map revision at the end. Members of the map and the moderator') },
  };
}
