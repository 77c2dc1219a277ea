import { route } from '@/lib/server/http';
import { interchangeExport } from '@/lib/server/interchange-export';

/** The map as an AIF nodeset (?ova=1: the OVA/xAIF wrapper with positions); X-Pleit-Lossy lists what the format could not carry. */
export const GET = route<{ mapId: string }>(async (req, { mapId }) => interchangeExport(req, mapId, 'aif'));
