// Source texts for the editor's reader, fetched once per source version and kept for
// the page's lifetime (a text of an older version would put the citations' offsets on
// the wrong words, so a new version is fetched again). Only members may read texts:
// callers ask only for sources that have one, as a member.
import { sourcingApi } from '@/lib/client/sourcing/api';

export interface SourceText {
  version: number;
  text: string;
  /** whether the text is the one the source's fingerprint names (null or absent: nothing to compare) */
  fingerprintMatch?: boolean | null;
}

const texts = new Map<string, SourceText>();
const loading = new Map<string, Promise<SourceText>>();

const key = (mapId: string, sourceId: string) => `${mapId}/${sourceId}`;

/** The text of a source at this version, if it has been fetched. */
export function cachedSourceText(mapId: string, sourceId: string, version: number): string | undefined {
  const hit = texts.get(key(mapId, sourceId));
  return hit && hit.version === version ? hit.text : undefined;
}

/** Whether a fetched text of this version is the one its source's fingerprint names (undefined: not fetched, or nothing to compare). */
export function cachedFingerprintMatch(mapId: string, sourceId: string, version: number): boolean | undefined {
  const hit = texts.get(key(mapId, sourceId));
  return hit && hit.version === version && typeof hit.fingerprintMatch === 'boolean' ? hit.fingerprintMatch : undefined;
}

/** Fetches a source's text (one request at a time per source and version). */
export function loadSourceText(mapId: string, sourceId: string, version: number): Promise<SourceText> {
  const cached = cachedSourceText(mapId, sourceId, version);
  if (cached !== undefined) return Promise.resolve({ version, text: cached });
  const k = `${key(mapId, sourceId)}@${version}`;
  let p = loading.get(k);
  if (!p) {
    p = sourcingApi
      .getText(mapId, sourceId)
      .then((a) => {
        // the answer may be of a newer version than asked for: keep what it is
        const got = { version: a.version, text: a.text, fingerprintMatch: a.fingerprintMatch };
        texts.set(key(mapId, sourceId), got);
        return got;
      })
      .finally(() => loading.delete(k));
    loading.set(k, p);
  }
  return p;
}
