// The single-entity endpoints (/maps/{id}/nodes, …/relations, …) are thin wrappers
// around a one-operation batch, so they share every rule and event of the batch path.
import 'server-only';
import { randomUUID } from 'node:crypto';
import type { NextRequest } from 'next/server';
import { z } from 'zod';
import { ENTITY_SCHEMAS, nodeCreateRequest, withOptionalId, withVersion, deleteQuery } from '@/lib/api/schemas';
import type { EntityType } from '@/lib/argument/model';
import type { Operation } from '@/lib/argument/operations';
import { requireRead, requireRole } from './access';
import { getActor } from './auth';
import { readTransaction } from './db';
import { json, notFound, readBody, readQuery } from './http';
import { applyBatch } from './maps';
import { readEntities } from './batch-scope';

export const COLLECTIONS: Record<string, EntityType> = {
  nodes: 'node',
  relations: 'relation',
  tags: 'tag',
  sources: 'source',
  citations: 'citation',
};

export function entityOf(collection: string): EntityType {
  const entity = Object.hasOwn(COLLECTIONS, collection) ? COLLECTIONS[collection] : undefined;
  if (!entity) throw notFound('resource');
  return entity;
}

export async function listEntities(req: NextRequest, mapId: string, collection: string) {
  const entity = entityOf(collection);
  await requireRead(await getActor(req), mapId);
  const values = await readTransaction((tx) => readEntities(tx, mapId, entity));
  return json({ [collection]: values });
}

export async function getEntity(req: NextRequest, mapId: string, collection: string, id: string) {
  const entity = entityOf(collection);
  await requireRead(await getActor(req), mapId);
  const [value] = await readTransaction((tx) => readEntities(tx, mapId, entity, [id]));
  if (!value) throw notFound(entity);
  return json(value);
}

export async function createEntity(req: NextRequest, mapId: string, collection: string) {
  const entity = entityOf(collection);
  const actor = await getActor(req);
  await requireRole(actor, mapId, 'EDITOR');
  const ops: Operation[] = [];
  let id: string;
  if (entity === 'node') {
    const { id: given, citations, ...data } = await readBody(req, nodeCreateRequest);
    id = given ?? randomUUID();
    ops.push({ op: 'create', entity, id, data });
    for (const c of citations ?? []) ops.push({ op: 'create', entity: 'citation', id: randomUUID(), data: { ...c, nodeId: id } });
  } else {
    const { id: given, ...data } = await readBody(req, withOptionalId(ENTITY_SCHEMAS[entity].create as z.ZodObject));
    id = (given as string | undefined) ?? randomUUID();
    ops.push({ op: 'create', entity, id, data } as Operation);
  }
  const result = await applyBatch(mapId, actor!.id, ops);
  const created = result.changes.find((c) => c.entity === entity && c.id === id)!.after;
  return json(created, 201, { location: `/api/v1/maps/${mapId}/${collection}/${id}`, 'x-pleit-revision': String(result.revision) });
}

export async function updateEntity(req: NextRequest, mapId: string, collection: string, id: string) {
  const entity = entityOf(collection);
  const actor = await getActor(req);
  await requireRole(actor, mapId, 'EDITOR');
  const { version, ...data } = await readBody(req, withVersion(ENTITY_SCHEMAS[entity].update as z.ZodObject));
  const result = await applyBatch(mapId, actor!.id, [{ op: 'update', entity, id, version: version as number, data } as Operation]);
  const updated = result.changes.find((c) => c.entity === entity && c.id === id)!.after;
  return json(updated, 200, { 'x-pleit-revision': String(result.revision) });
}

export async function deleteEntity(req: NextRequest, mapId: string, collection: string, id: string) {
  const entity = entityOf(collection);
  const actor = await getActor(req);
  await requireRole(actor, mapId, 'EDITOR');
  const { version } = readQuery(req, deleteQuery);
  const result = await applyBatch(mapId, actor!.id, [{ op: 'delete', entity, id, version }]);
  return new Response(null, { status: 204, headers: { 'x-pleit-revision': String(result.revision) } });
}
