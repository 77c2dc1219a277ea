// docs/benchmarks.md holds one part per benchmark, each under its own top-level heading
// ("# Editor benchmark", "# Live: edit → delivery", …). A benchmark rewrites its own part
// and leaves the others as they are.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const DOC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'docs', 'benchmarks.md');

/** Replaces (or appends) the part whose first line is `# ${title}`; `text` is that part, heading included. */
export function writeBenchSection(title: string, text: string) {
  const before = existsSync(DOC) ? readFileSync(DOC, 'utf8') : '';
  const parts = before.split(/^(?=# )/m).filter((p) => p.trim());
  const mine = `${text.trim()}\n`;
  const at = parts.findIndex((p) => p.startsWith(`# ${title}\n`));
  if (at >= 0) parts[at] = mine;
  else parts.push(mine);
  writeFileSync(DOC, parts.map((p) => p.replace(/\n*$/, '\n')).join('\n'));
}
