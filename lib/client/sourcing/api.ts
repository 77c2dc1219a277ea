// The source library's calls to the v1 API, from the browser. Every write goes through
// the same endpoints (and so the same rules and events) as the editor's and scripts'.
import type { ArgNode, Citation, Locator, NodeKind, Relation, Role, Source, Tag, Visibility } from '@/lib/argument/model';
import type { Operation } from '@/lib/argument/operations';
import type { Graph } from '@/lib/argument/graph';
import { problemMessage } from '@/lib/client/problem';
import type { BibliographyFormat, BibliographyLanguage, BibliographyStyle } from '@/lib/sourcing/bibliography-styles';

/** The map as the sources page needs it: the editor's graph with the map's essentials. */
export type SourcingGraph = Omit<Graph, 'map'> & {
  map: { id: string; title: string; language: string; visibility: Visibility; role: Role | null; version: number };
};

export type SourceFields = Omit<Source, 'id' | 'version' | 'hasText'>;

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const base = (mapId: string) => `/api/v1/maps/${encodeURIComponent(mapId)}`;

async function call<T>(method: string, url: string, body?: unknown, fallback = 'The request failed.'): Promise<T> {
  const init: RequestInit = { method, cache: 'no-store', headers: {} };
  if (body instanceof FormData) init.body = body;
  else if (body !== undefined) {
    init.body = JSON.stringify(body);
    (init.headers as Record<string, string>)['content-type'] = 'application/json';
  }
  let res: Response;
  try {
    res = await fetch(url, init);
  } catch {
    throw new ApiError(0, fallback);
  }
  if (!res.ok) throw new ApiError(res.status, await problemMessage(res, fallback));
  if (res.status === 204) return undefined as T;
  const type = res.headers.get('content-type') ?? '';
  return (type.includes('json') ? await res.json() : await res.text()) as T;
}

export interface TextAnswer {
  sourceId: string;
  version: number;
  length: number;
  text: string;
  /** whether the text is the one the source's fingerprint names (null: the source has none) */
  fingerprintMatch?: boolean | null;
}

export interface TextWriteAnswer {
  source: Source;
  citations: Citation[];
  length: number;
  revision: number;
  fingerprintMatch?: boolean | null;
}

export const sourcingApi = {
  graph: (mapId: string) => call<SourcingGraph>('GET', `${base(mapId)}/graph`),
  createSource: (mapId: string, data: SourceFields) => call<Source>('POST', `${base(mapId)}/sources`, data),
  updateSource: (mapId: string, id: string, version: number, data: SourceFields) => call<Source>('PATCH', `${base(mapId)}/sources/${encodeURIComponent(id)}`, { ...data, version }),
  deleteSource: (mapId: string, id: string, version: number) => call<void>('DELETE', `${base(mapId)}/sources/${encodeURIComponent(id)}?version=${version}`),
  getText: (mapId: string, sourceId: string) => call<TextAnswer>('GET', `${base(mapId)}/sources/${encodeURIComponent(sourceId)}/text`),
  putText: (mapId: string, sourceId: string, version: number, content: string | File) => {
    if (typeof content === 'string') return call<TextWriteAnswer>('PUT', `${base(mapId)}/sources/${encodeURIComponent(sourceId)}/text`, { text: content, version });
    const form = new FormData();
    form.set('version', String(version));
    form.set('file', content, content.name);
    return call<TextWriteAnswer>('PUT', `${base(mapId)}/sources/${encodeURIComponent(sourceId)}/text`, form);
  },
  deleteText: (mapId: string, sourceId: string, version: number) =>
    call<TextWriteAnswer>('DELETE', `${base(mapId)}/sources/${encodeURIComponent(sourceId)}/text?version=${version}`),
  createCitation: (mapId: string, data: { nodeId: string; sourceId: string; quote: string; locator: Locator }) => call<Citation>('POST', `${base(mapId)}/citations`, data),
  batch: (mapId: string, operations: Operation[]) => call<{ revision: number }>('POST', `${base(mapId)}/operations`, { operations }),
  bibliographyUrl: (mapId: string, q: { style: BibliographyStyle; format: BibliographyFormat; lang: BibliographyLanguage; download?: boolean }) =>
    `${base(mapId)}/bibliography?style=${q.style}&format=${q.format}&lang=${q.lang}${q.download ? '&download=1' : ''}`,
  bibliography: (mapId: string, q: { style: BibliographyStyle; format: BibliographyFormat; lang: BibliographyLanguage }) => call<string>('GET', sourcingApi.bibliographyUrl(mapId, q)),
};

/** Node kinds a citation's "selected node" may be. */
export const CITABLE_KINDS: readonly NodeKind[] = ['CLAIM', 'PROPOSAL', 'EVIDENCE'];
