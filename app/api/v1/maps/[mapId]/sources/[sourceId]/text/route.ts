// A source's stored text: GET (members only), PUT (JSON, multipart upload, or the file
// itself), DELETE. See lib/server/sourcing/text-route.ts.
import { route } from '@/lib/server/http';
import { deleteSourceText, getSourceText, putSourceText } from '@/lib/server/sourcing/text-route';

type P = { mapId: string; sourceId: string };

export const GET = route<P>((req, { mapId, sourceId }) => getSourceText(req, mapId, sourceId));
export const PUT = route<P>((req, { mapId, sourceId }) => putSourceText(req, mapId, sourceId));
export const DELETE = route<P>((req, { mapId, sourceId }) => deleteSourceText(req, mapId, sourceId));
