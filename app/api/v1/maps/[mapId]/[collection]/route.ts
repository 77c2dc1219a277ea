import { route } from '@/lib/server/http';
import { createEntity, listEntities } from '@/lib/server/entities';

type P = { mapId: string; collection: string };

export const GET = route<P>((req, { mapId, collection }) => listEntities(req, mapId, collection));
export const POST = route<P>((req, { mapId, collection }) => createEntity(req, mapId, collection));
