import { openApiDocument } from '@/lib/api/openapi';
import { json } from '@/lib/server/http';

let cached: unknown;
export function GET() {
  cached ??= openApiDocument();
  return json(cached);
}
