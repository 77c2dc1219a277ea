// One entry for reading an Argdown, AIF or Kialo file: the format told from the
// content where the caller does not name it, the text decoded, JSON errors given a
// line and column, and the file's nodes laid out where it carried no positions. Pure
// (the server runs it on a worker thread for big files: lib/server/interchange-import.ts).
import { parseAif } from './aif';
import { parseArgdown } from './argdown';
import { layoutContent, type InterchangeFormat, type ParseOutcome } from './common';
import { parseKialo } from './kialo';

export type DetectedFormat = InterchangeFormat | 'json';

/**
 * The format of a file from its content (and its name, where there is one): JSON with
 * `"format": "pleit-map"` is Pleit's own, other JSON is AIF, text headed by Kialo's
 * "Discussion Title:" or numbered "1." claims is Kialo, any other text is Argdown.
 */
export function detectFormat(text: string, name?: string): DetectedFormat {
  const head = text.replace(/^\uFEFF/, '').slice(0, 4096);
  const trimmed = head.trimStart();
  // JSON: an object, or a list (never AIF, but refused as JSON); "[Title]" starts an Argdown statement
  if (trimmed.startsWith('{') || /^\[\s*(?:[{[\]"\d-]|true|false|null)/.test(trimmed)) {
    // the whole text, not its head: a document whose keys are in another order (sorted, say) has
    // its "format" anywhere. Inside a JSON string the quotes would be escaped, so a match is a key.
    return /"format"\s*:\s*"pleit-map"/.test(text) ? 'json' : 'aif';
  }
  if (/\.(argdown|ad)$/i.test(name ?? '')) return 'argdown';
  if (/^\s*Discussion (?:Title|Name):/i.test(trimmed)) return 'kialo';
  const first = trimmed.split(/\r?\n/, 1)[0] ?? '';
  if (/^1\.\s+(?:Thesis:|\S)/.test(first)) return 'kialo';
  return 'argdown';
}

/** Line and column of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let last = -1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    last = i;
  }
  return { line, column: offset - last };
}

export interface ReadInput {
  format: InterchangeFormat;
  text: string;
  /** the file's name (a title where the file has none; an Argdown @include of itself) */
  name?: string;
  /** other files given with it (Argdown @include), by name */
  files?: [string, string][];
}

/** Reads a file of one of the three formats; nodes without positions are laid out. */
export function readInterchange(input: ReadInput): ParseOutcome {
  const fallbackTitle = input.name?.replace(/\.[^.]+$/, '');
  let out: ParseOutcome;
  if (input.format === 'aif') {
    let value: unknown;
    try {
      value = JSON.parse(input.text.replace(/^\uFEFF/, ''));
    } catch (e) {
      const message = (e as Error).message;
      const at = /position (\d+)/.exec(message);
      const offset = at ? Number(at[1]) : jsonErrorOffset(input.text);
      return { ok: false, problems: [{ ...(offset !== null ? lineColumn(input.text, offset) : {}), message: `Not JSON: ${message}` }] };
    }
    out = parseAif(value, { fallbackTitle });
  } else if (input.format === 'kialo') out = parseKialo(input.text, { fallbackTitle });
  else out = parseArgdown(input.text, { fallbackTitle, name: input.name, files: new Map(input.files ?? []) });
  if (out.ok && !out.value.positioned) layoutContent(out.value.content);
  return out;
}

/**
 * Where a JSON text first goes wrong (Node 20's JSON.parse does not say): a scanner of
 * JSON's grammar, one pass, with an explicit stack. null when it finds nothing wrong.
 */
export function jsonErrorOffset(text: string): number | null {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const n = text.length;
  const ws = () => {
    while (i < n && ' \t\n\r'.includes(text[i])) i++;
  };
  // states: what may come next
  const stack: ('{' | '[')[] = [];
  let expect: 'value' | 'key' | 'colon' | 'comma-or-end' = 'value';
  for (;;) {
    ws();
    if (i >= n) return stack.length || expect === 'value' ? i : null;
    const c = text[i];
    if (expect === 'value') {
      if (c === '{' || c === '[') {
        stack.push(c);
        i++;
        ws();
        if (text[i] === (c === '{' ? '}' : ']')) {
          stack.pop();
          i++;
          expect = 'comma-or-end';
          continue;
        }
        expect = c === '{' ? 'key' : 'value';
        continue;
      }
      if (c === '"') {
        const end = stringEnd(text, i);
        if (end < 0) return i;
        i = end;
      } else {
        const m = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i, i + 400));
        if (!m) return i;
        i += m[0].length;
      }
      expect = 'comma-or-end';
      if (!stack.length) {
        ws();
        return i < n ? i : null;
      }
      continue;
    }
    if (expect === 'key') {
      if (c !== '"') return i;
      const end = stringEnd(text, i);
      if (end < 0) return i;
      i = end;
      expect = 'colon';
      continue;
    }
    if (expect === 'colon') {
      if (c !== ':') return i;
      i++;
      expect = 'value';
      continue;
    }
    // comma or the end of the open container
    const top = stack[stack.length - 1];
    if (c === ',') {
      i++;
      expect = top === '{' ? 'key' : 'value';
      continue;
    }
    if ((top === '{' && c === '}') || (top === '[' && c === ']')) {
      stack.pop();
      i++;
      if (!stack.length) {
        ws();
        return i < n ? i : null;
      }
      continue;
    }
    return i;
  }
}

function stringEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === '"') return i + 1;
    else if (c < ' ') return -1;
  }
  return -1;
}
