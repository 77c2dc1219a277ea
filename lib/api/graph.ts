// The map as the API hands it over (GET /maps/{id}/graph): shared by the server, which
// builds it (lib/server/map-page.ts), and the client, which reads it (lib/argument/graph.ts turns it into a MapState).
import type { ArgNode, Citation, Relation, Role, Source, Tag, Visibility } from '@/lib/argument/model';

export interface MapMeta {
  id: string;
  title: string;
  description: string;
  language: string;
  visibility: Visibility;
  role: Role | null;
  version: number;
}

export interface Graph {
  map: MapMeta;
  nodes: ArgNode[];
  relations: Relation[];
  tags: Tag[];
  sources: Source[];
  citations: Citation[];
  revision: number;
}
