import { route } from '@/lib/server/http';
import { interchangeExport } from '@/lib/server/interchange-export';

/** The map as an Argdown file; X-Pleit-Lossy lists what the format could not carry. */
export const GET = route<{ mapId: string }>(async (req, { mapId }) => interchangeExport(req, mapId, 'argdown'));
