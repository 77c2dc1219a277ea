import { requireActor } from '@/lib/server/auth';
import { route } from '@/lib/server/http';
import { importIntoMapRequest } from '@/lib/server/interchange-import';

/** A map file's content added to this map, beside its nodes (EDITOR and up): 200 {map, format, counts, report}; ?preview=1 creates nothing. */
export const POST = route<{ mapId: string }>(async (req, { mapId }) => importIntoMapRequest(req, await requireActor(req), mapId));
