import { mapJsonSchema } from '@/lib/interchange/json';
import { json, route } from '@/lib/server/http';

/** The JSON Schema of Pleit's map format, generated from the zod schema the import validates with. */
export const GET = route(async () => json(mapJsonSchema(), 200, { 'content-type': 'application/schema+json', 'cache-control': 'public, max-age=3600' }));
