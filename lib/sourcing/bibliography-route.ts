// GET /api/v1/maps/{mapId}/bibliography: the map's sources as a formatted
// bibliography or as data for reference managers, readable by whoever may read the map
// (references are public where the map is; the sources' texts are not involved).
import type { NextRequest } from 'next/server';
import { bibliographyQuery } from '@/lib/api/schemas';
import { requireRead } from '@/lib/server/access';
import { getActor } from '@/lib/server/auth';
import { db } from '@/lib/server/db';
import { readQuery } from '@/lib/server/http';
import { sourceOut } from '@/lib/server/maps';
import { BIBLIOGRAPHY_FORMATS, EXPORT_FORMATS, FORMAT_IDS, formatBibliography, STYLE_IDS, type BibliographyLanguage } from './bibliography';
import { sourcesToCsl } from './csl';


export { fileSlug } from '@/lib/render/file-name';
import { fileSlug } from '@/lib/render/file-name';

export async function getBibliography(req: NextRequest, mapId: string): Promise<Response> {
  const access = await requireRead(await getActor(req), mapId);
  const q = readQuery(req, bibliographyQuery);
  const style = q.style as (typeof STYLE_IDS)[number];
  const format = q.format as (typeof FORMAT_IDS)[number];
  const language: BibliographyLanguage = q.lang ?? (access.map.language.startsWith('en') ? 'en' : 'nl');
  const rows = await db().source.findMany({
    where: { mapId },
    select: { id: true, type: true, title: true, authors: true, container: true, publisher: true, date: true, pages: true, url: true, accessed: true, language: true, version: true },
    orderBy: { createdAt: 'asc' },
  });
  const body = formatBibliography(sourcesToCsl(rows.map((r) => sourceOut(r, false))), { style, format, language });
  const { contentType, extension } = BIBLIOGRAPHY_FORMATS[format];
  const isExport = EXPORT_FORMATS.includes(format);
  const filename = `${fileSlug(access.map.title)}-bibliography${isExport ? '' : `-${style}`}.${extension}`;
  const attachment = isExport || q.download === '1' || q.download === 'true';
  const headers: Record<string, string> = {
    'content-type': contentType,
    'content-disposition': `${attachment ? 'attachment' : 'inline'}; filename="${filename}"`,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  };
  // the entries are the users' words: citeproc escapes them, and the page may run nothing anyway
  if (format === 'html') headers['content-security-policy'] = "default-src 'none'; style-src 'unsafe-inline'";
  return new Response(body, { status: 200, headers });
}
