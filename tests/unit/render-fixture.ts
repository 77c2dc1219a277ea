// A small map with every kind, every relation (an undercut too), a tag and a cited source:
// the renderer tests and the PNG/PDF tests draw it.
import type { ArgNode, Citation, Relation, Source, Tag } from '@/lib/argument/model';
import type { RenderMap } from '@/lib/render/svg';

const node = (id: string, kind: ArgNode['kind'], title: string, x: number, y: number, tagIds: string[] = []): ArgNode => ({ id, kind, title, body: '', x, y, tagIds, version: 1 });
const rel = (id: string, type: Relation['type'], fromId: string, toId: string): Relation => ({ id, type, fromId, toId, version: 1 });

export const tag: Tag = { id: 't1', name: 'Werk', color: '#2b7a3f', version: 1 };
export const source: Source = {
  id: 's1', type: 'REPORT', title: 'Armoede & migratie', authors: [{ family: 'Peeters', given: 'An' }], container: '', publisher: 'Instituut', date: '2024',
  pages: '', url: '', accessed: '', language: 'nl', hasText: false, version: 1,
};
export const citation: Citation = { id: 'c1', nodeId: 'e', sourceId: 's1', quote: 'x', locator: {}, version: 1 };

export function fixtureMap(overrides: Partial<Record<'q' | 'c' | 'p' | 'e' | 'r', string>> = {}): RenderMap {
  return {
    title: 'Draagvlak voor migratie',
    nodes: [
      node('q', 'QUESTION', overrides.q ?? 'Hoe vergroten we het draagvlak?', 300, 0),
      node('c', 'CLAIM', overrides.c ?? 'Contact vermindert vooroordelen.', 0, 260, ['t1']),
      node('p', 'PROPOSAL', overrides.p ?? 'Investeer in buurtwerk.', 600, 260),
      node('e', 'EVIDENCE', overrides.e ?? 'Studies tonen minder vooroordelen na contact.', 0, 560),
      node('r', 'CLAIM', overrides.r ?? 'Contact was vaak oppervlakkig.', 600, 560),
    ],
    relations: [
      rel('r1', 'ANSWERS', 'c', 'q'),
      rel('r2', 'ANSWERS', 'p', 'q'),
      rel('r3', 'SUPPORTS', 'e', 'c'),
      rel('r4', 'REBUTS', 'r', 'p'),
      rel('r5', 'UNDERCUTS', 'r', 'r3'),
    ],
    tags: [tag],
    sources: [source],
    citations: [citation],
  };
}
