// The map's bibliography: ?style=apa|harvard|vancouver &format=html|text|bibtex|ris|csl-json
// &lang=nl|en &download=1. See lib/server/sourcing/bibliography-route.ts.
import { route } from '@/lib/server/http';
import { getBibliography } from '@/lib/server/sourcing/bibliography-route';

export const GET = route<{ mapId: string }>((req, { mapId }) => getBibliography(req, mapId));
