import 'server-only';
import contentDisposition from 'content-disposition';
import { fileName, fileSlug } from '@/lib/render/file-name';

/**
 * Content-Disposition for a file named after a map: `filename` in ASCII for old clients,
 * `filename*` (RFC 6266, 8187) with the title's own letters when it has others.
 */
export const downloadHeader = (title: string, suffix: string, download: boolean) =>
  contentDisposition(`${fileName(title)}${suffix}`, { type: download ? 'attachment' : 'inline', fallback: `${fileSlug(title)}${suffix}` });
