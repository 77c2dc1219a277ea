// The Argdown, AIF and Kialo exports of a map (GET /api/v1/maps/{mapId}/export.argdown,
// export.aif.json, export.kialo.txt): read access as every export (a PRIVATE map is a
// 404 to strangers), a file name in Content-Disposition, and X-Pleit-Lossy listing what
// the format could not carry as Pleit has it ("none" when nothing). Linear in the map.
import 'server-only';
import type { NextRequest } from 'next/server';
import { z } from 'zod';
import { serializeAif } from '@/lib/interchange/aif';
import { serializeArgdown, type WrittenFile } from '@/lib/interchange/argdown';
import { serializeKialo } from '@/lib/interchange/kialo';
import { getActor } from './auth';
import { exportHeaders, loadForExport } from './export';
import { readQuery } from './http';

const flag = z.enum(['0', '1', 'true', 'false']).optional();
const on = (v: string | undefined) => v === '1' || v === 'true';
export const interchangeExportQuery = z.strictObject({ download: flag, ova: flag.describe('AIF only: the OVA/xAIF wrapper {AIF, OVA, text} with positions') });

export type InterchangeExport = 'argdown' | 'aif' | 'kialo';
const FILES: Record<InterchangeExport, { extension: string; type: string }> = {
  argdown: { extension: 'argdown', type: 'text/plain; charset=utf-8' },
  aif: { extension: 'aif.json', type: 'application/json; charset=utf-8' },
  kialo: { extension: 'kialo.txt', type: 'text/plain; charset=utf-8' },
};

export async function interchangeExport(req: NextRequest, mapId: string, format: InterchangeExport): Promise<Response> {
  const q = readQuery(req, interchangeExportQuery);
  const loaded = await loadForExport(await getActor(req), mapId);
  let file: WrittenFile;
  if (format === 'argdown') file = serializeArgdown(loaded.map, loaded.state);
  else if (format === 'kialo') file = serializeKialo(loaded.map, loaded.state);
  else file = serializeAif(loaded.map, loaded.state, { ova: on(q.ova) });
  const { extension, type } = FILES[format];
  return new Response(file.text, {
    headers: { ...exportHeaders(loaded, extension, type, on(q.download)), 'x-pleit-lossy': file.lossy.join(', ') || 'none' },
  });
}
