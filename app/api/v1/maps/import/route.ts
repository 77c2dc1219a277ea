import { requireActor } from '@/lib/server/auth';
import { route } from '@/lib/server/http';
import { importNewMapRequest } from '@/lib/server/interchange-import';

/**
 * A map file (Pleit's JSON, Argdown, AIF or Kialo text; ?format= or told from the
 * content) becomes a new private map owned by the caller: 201 {map, format, counts,
 * report}. ?preview=1 answers {preview, counts, report} and creates nothing.
 */
export const POST = route(async (req) => importNewMapRequest(req, await requireActor(req)));
