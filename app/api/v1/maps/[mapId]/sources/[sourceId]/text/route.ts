// A source's stored text: GET (members only), PUT (JSON, multipart upload, or the file
// itself), DELETE. See lib/sourcing/server.ts.
import { route } from '@/lib/server/http';
import { deleteSourceText, getSourceText, putSourceText } from '@/lib/sourcing/server';

type P = { mapId: string; sourceId: string };

export const GET = route<P>((req, { mapId, sourceId }) => getSourceText(req, mapId, sourceId));
export const PUT = route<P>((req, { mapId, sourceId }) => putSourceText(req, mapId, sourceId));
export const DELETE = route<P>((req, { mapId, sourceId }) => deleteSourceText(req, mapId, sourceId));
