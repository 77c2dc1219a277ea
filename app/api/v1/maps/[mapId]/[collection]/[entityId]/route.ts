import { route } from '@/lib/server/http';
import { deleteEntity, getEntity, updateEntity } from '@/lib/server/entities';

type P = { mapId: string; collection: string; entityId: string };

export const GET = route<P>((req, { mapId, collection, entityId }) => getEntity(req, mapId, collection, entityId));
export const PATCH = route<P>((req, { mapId, collection, entityId }) => updateEntity(req, mapId, collection, entityId));
export const DELETE = route<P>((req, { mapId, collection, entityId }) => deleteEntity(req, mapId, collection, entityId));
