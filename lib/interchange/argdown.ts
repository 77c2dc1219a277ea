// Argdown (argdown.org) in and out. The reader is written for Pleit (one pass over the
// lines, linear in the file): statements `[title]: text` and arguments `<title>: text`
// become nodes, one node per title however often it is mentioned (an equivalence
// class); relations `+ - _` and their `<+ <- <_` forms (the child bears on its parent),
// `+> -> _>` (the parent bears on the child) and `><` (contradiction: a rebuttal each
// way), inline below an element or at the top of a block; headings and `#tags` as tags;
// frontmatter's title; HTML, block and line comments; backslash escapes; `@include`
// of files given alongside (refused with the file's name when one is missing).
// An argument's premise–conclusion structure is kept as text in its body; its premises
// and conclusion become nodes of their own only where the map needs them (they have a
// title used elsewhere, or relations). Data `{kind: "PROPOSAL", sources: [...]}` after
// an element carries what Argdown has no syntax for (Pleit writes it, and reads it back).
// An undercut `_` of an argument becomes an UNDERCUTS of each of that argument's
// supports and rebuttals. The writer gives every node a unique title.
import type { Citation, NodeKind, Relation, Source, Tag } from '@/lib/argument/model';
import { NODE_KINDS } from '@/lib/argument/model';
import type { MapState } from '@/lib/argument/operations';
import { ImportBuilder, INTERCHANGE_LIMITS, withinLimits, mapTitle, TooLargeForImport, type ImportProblem, type ParseOutcome, type Where } from './common';

type RelKind = 'support' | 'attack' | 'undercut' | 'contradiction';
interface Mention {
  kind: 's' | 'a';
  /** explicit title (escapes resolved: the element's identity), or null for an untitled statement */
  title: string | null;
  /** the title as written (escapes kept) */
  rawTitle?: string;
  text: string;
  tags: string[];
  data: Record<string, unknown> | null;
  where: Where;
}
interface Ec {
  key: string;
  title: string | null;
  rawTitle?: string;
  texts: { text: string; where: Where }[];
  tags: Set<string>;
  data: Record<string, unknown> | null;
  where: Where;
  outsidePcs: boolean;
  pcsOf: Set<string>;
  relations: number;
}
interface Arg {
  key: string;
  title: string | null;
  rawTitle?: string;
  texts: { text: string; where: Where }[];
  tags: Set<string>;
  data: Record<string, unknown> | null;
  where: Where;
  pcs: { label: string; key: string; text: string; role: 'premise' | 'conclusion' | 'inference'; where: Where }[];
}
interface Rel {
  kind: RelKind;
  from: string;
  to: string;
  where: Where;
}

const RELATION = /^(<\+|<-|<_|\+>|->|_>|><|\+|-|_)(?:\s+(.*))?$/;
const INCOMING: Record<string, RelKind> = { '+': 'support', '<+': 'support', '-': 'attack', '<-': 'attack', _: 'undercut', '<_': 'undercut' };
const OUTGOING: Record<string, RelKind> = { '+>': 'support', '->': 'attack', '_>': 'undercut', '><': 'contradiction' };

/** The file's text with comments blanked out (newlines kept, so lines keep their numbers); escapes respected. */
function stripComments(text: string): { text: string; unclosed: { line: number; column: number; what: string } | null } {
  const out: string[] = [];
  let line = 1;
  let col = 1;
  let i = 0;
  const n = text.length;
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  while (i < n) {
    const c = text[i];
    if (c === '\\' && i + 1 < n) {
      out.push(text.slice(i, i + 2));
      i += 2;
      col += 2;
      continue;
    }
    let end = -1;
    let what = '';
    if (c === '<' && text.startsWith('<!--', i)) {
      end = text.indexOf('-->', i + 4);
      what = '<!--';
      if (end >= 0) end += 3;
    } else if (c === '/' && text[i + 1] === '*') {
      end = text.indexOf('*/', i + 2);
      what = '/*';
      if (end >= 0) end += 2;
    } else if (c === '/' && text[i + 1] === '/' && (i === 0 || /\s/.test(text[i - 1]))) {
      end = text.indexOf('\n', i);
      if (end < 0) end = n;
      what = '//';
    }
    if (what) {
      if (end < 0) return { text: out.join('') + blank(text.slice(i)), unclosed: { line, column: col, what } };
      const chunk = text.slice(i, end);
      out.push(blank(chunk));
      for (const ch of chunk) {
        if (ch === '\n') {
          line++;
          col = 1;
        } else col++;
      }
      i = end;
      continue;
    }
    out.push(c);
    if (c === '\n') {
      line++;
      col = 1;
    } else col++;
    i++;
  }
  return { text: out.join(''), unclosed: null };
}

/** Backslash escapes resolved. */
const unescape = (s: string) => s.replace(/\\(.)/g, '$1');

/** A title as Pleit shows it: emphasis out, escaped characters as they are. */
const displayTitle = (raw: string) => {
  const kept: string[] = [];
  const protectedText = raw.replace(/\\(.)/g, (_m, c: string) => `\uE000${kept.push(c) - 1}\uE001`);
  return plain(protectedText).replace(/\uE000(\d+)\uE001/g, (_m, k: string) => kept[Number(k)]);
};

/** Markdown emphasis and links as plain text, for titles. */
const plain = (s: string) =>
  s
    .replace(/\[([^\]]*)\]\((?:[^)\\]|\\.)*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[\s(])([*_])(\S(?:.*?\S)?)\2(?=[\s).,;:!?]|$)/g, '$1$3');

/** `#tag` and `#(tag with spaces)` out of a text (not escaped ones). */
function takeTags(s: string): { text: string; tags: string[] } {
  const tags: string[] = [];
  const text = s.replace(/(^|[^\\\w])#(?:\(([^)]*)\)|([\p{L}\p{N}_-]+))/gu, (_m, pre: string, a?: string, b?: string) => {
    const t = (a ?? b ?? '').trim();
    if (t) tags.push(t);
    return pre;
  });
  return { text: text.replace(/\s+/g, ' ').trim(), tags };
}

/** Trailing data `{…}` (YAML flow, as far as JSON with bare keys reaches); null when there is none or it does not read. */
function takeData(s: string): { text: string; data: Record<string, unknown> | null; unread: boolean } {
  const m = /(^|[^\\])(\{.*\})\s*$/.exec(s);
  if (!m) return { text: s, data: null, unread: false };
  const raw = m[2];
  try {
    let v: unknown;
    try {
      v = JSON.parse(raw);
    } catch {
      v = JSON.parse(raw.replace(/([{,]\s*)([A-Za-z_][\w-]*)\s*:/g, '$1"$2":'));
    }
    if (v && typeof v === 'object' && !Array.isArray(v)) return { text: s.slice(0, m.index + m[1].length).trimEnd(), data: v as Record<string, unknown>, unread: false };
  } catch {
    /* not data after all: the braces stay in the text */
  }
  return { text: s, data: null, unread: true };
}

/** `[Title]: text`, `<Title>: text`, `[Title]`, `<Title>` or a plain text. */
function readElement(raw: string, where: Where): Mention {
  const src = raw.trim();
  let kind: 's' | 'a' = 's';
  let title: string | null = null;
  let rawTitle: string | undefined;
  let rest = src;
  const open = src[0];
  if (open === '[' || open === '<') {
    const close = open === '[' ? ']' : '>';
    let k = 1;
    while (k < src.length && src[k] !== close) k += src[k] === '\\' ? 2 : 1;
    const after = src.slice(k + 1);
    // a Markdown link at the start ([text](url)) is text, not a title
    if (k < src.length && !(open === '[' && after.startsWith('('))) {
      const t = unescape(src.slice(1, k)).trim();
      if (after.trim() === '' || after.startsWith(':') || /^\s*[#{]/.test(after)) {
        if (t) {
          kind = open === '[' ? 's' : 'a';
          title = t;
          rawTitle = src.slice(1, k).trim();
          rest = after.startsWith(':') ? after.slice(1) : after;
        }
      }
    }
  }
  const data = takeData(rest);
  const tagged = takeTags(data.text);
  return { kind, title, rawTitle, text: unescape(tagged.text), tags: tagged.tags, data: data.data, where };
}

export interface ArgdownOptions {
  /** files an `@include` may name, by name (the basename is enough) */
  files?: ReadonlyMap<string, string>;
  /** the file's own name (an @include of it is a cycle, read once) */
  name?: string;
  /** the title when the file has none (e.g. the file's name) */
  fallbackTitle?: string;
  limits?: typeof INTERCHANGE_LIMITS;
}

interface SourceLine {
  text: string;
  where: Where;
}

/** The lines of the file with its `@include`s expanded (each file once), or the problems. */
function expandIncludes(text: string, opts: ArgdownOptions, problems: ImportProblem[], limits: typeof INTERCHANGE_LIMITS): SourceLine[] {
  const out: SourceLine[] = [];
  const included = new Set<string>(opts.name ? [opts.name.split(/[\\/]/).pop()!] : []);
  const files = new Map<string, string>();
  for (const [name, t] of opts.files ?? []) files.set(name.split(/[\\/]/).pop()!, t);
  const walk = (t: string, file: string | undefined, depth: number) => {
    const lines = t.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
    lines.forEach((line, k) => {
      const where: Where = { line: k + 1, ...(file ? { file } : {}) };
      const inc = /^\s*@include\s*\(([^)]*)\)\s*$/.exec(line);
      if (!inc) {
        if (out.length >= limits.elements) throw new TooLargeForImport('lines', limits.elements, out.length + 1);
        out.push({ text: line, where });
        return;
      }
      out.push({ text: '', where });
      for (const name of inc[1].split(',').map((s) => s.trim().replace(/^["']|["']$/g, '')).filter(Boolean)) {
        const base = name.split(/[\\/]/).pop()!;
        if (included.has(base) || depth > 16) continue; // each file once: an include cycle ends here
        const content = files.get(base);
        if (content === undefined) {
          problems.push({ ...where, column: line.indexOf('@include') + 1, message: `@include(${name}): the included file is not given. Import it together with ${base} (choose both files), or paste its content in place of the @include line.` });
          continue;
        }
        included.add(base);
        walk(content, base, depth + 1);
        out.push({ text: '', where });
      }
    });
  };
  walk(text, undefined, 0);
  return out;
}

/** Reads an Argdown file into Pleit's model, or the problems that make it unreadable. */
export function parseArgdown(input: string, opts: ArgdownOptions = {}): ParseOutcome {
  return withinLimits(() => parseArgdownUnchecked(input, opts));
}

function parseArgdownUnchecked(input: string, opts: ArgdownOptions = {}): ParseOutcome {
  const limits = opts.limits ?? INTERCHANGE_LIMITS;
  const problems: ImportProblem[] = [];
  let lines: SourceLine[];
  try {
    lines = expandIncludes(input, opts, problems, limits);
  } catch (e) {
    if (e instanceof TooLargeForImport) return { ok: false, problems: [{ message: e.message }], tooLarge: { limit: e.limit, count: e.count, what: e.what } };
    throw e;
  }
  if (problems.length) return { ok: false, problems };
  // comments go before anything else is read (they may span lines)
  const stripped = stripComments(lines.map((l) => l.text).join('\n'));
  if (stripped.unclosed) {
    const at = lines[stripped.unclosed.line - 1]?.where ?? {};
    return { ok: false, problems: [{ ...at, column: stripped.unclosed.column, message: `A comment opened with ${stripped.unclosed.what} is never closed.` }] };
  }
  const text = stripped.text.split('\n');
  // a line that held only a comment is no line at all (it does not end a block)
  const commentOnly = lines.map((l, k) => l.text.trim() !== '' && (text[k] ?? '').trim() === '');
  const b = new ImportBuilder(limits);
  const ecs = new Map<string, Ec>();
  const args = new Map<string, Arg>();
  const rels: Rel[] = [];
  let untitled = 0;
  let title: string | undefined;
  let firstHeading: string | undefined;
  const headings: string[] = [];

  const sectionTags = () => (headings.length ? [headings[headings.length - 1]] : []);
  /** The element a mention names (created on first mention); its key. */
  const element = (m: Mention, opts2: { inPcsOf?: string } = {}): string => {
    const tags = [...m.tags, ...sectionTags()];
    if (m.kind === 'a') {
      const t = m.title ?? `Untitled argument ${++untitled}`;
      const key = `a:${t}`;
      let a = args.get(key);
      if (!a) args.set(key, (a = { key, title: m.title, rawTitle: m.rawTitle, texts: [], tags: new Set(), data: null, where: m.where, pcs: [] }));
      if (m.text) a.texts.push({ text: m.text, where: m.where });
      tags.forEach((x) => a!.tags.add(x));
      if (m.data) a.data = { ...a.data, ...m.data };
      return key;
    }
    const key = m.title ? `s:${m.title}` : `s:#${++untitled}`;
    let e = ecs.get(key);
    if (!e) ecs.set(key, (e = { key, title: m.title, rawTitle: m.rawTitle, texts: [], tags: new Set(), data: null, where: m.where, outsidePcs: false, pcsOf: new Set(), relations: 0 }));
    if (m.text) e.texts.push({ text: m.text, where: m.where });
    tags.forEach((x) => e!.tags.add(x));
    if (m.data) e.data = { ...e.data, ...m.data };
    if (opts2.inPcsOf) e.pcsOf.add(opts2.inPcsOf);
    else e.outsidePcs = true;
    return key;
  };

  // block state
  let stack: { indent: number; key: string; conclusionOf?: string }[] = [];
  let last: { key: string; kind: 's' | 'a'; pcsLine?: Arg['pcs'][number] } | null = null;
  let lastWasBlank = true;
  let pcs: { arg: Arg; inference: boolean; afterInference: boolean } | null = null;
  /** the argument a premise–conclusion structure right below would belong to */
  let pendingArg: string | null = null;

  const frontmatter = /^\s*===\s*$/.test(text.find((l) => l.trim() !== '') ?? '');
  let k = 0;
  if (frontmatter) {
    while (text[k].trim() === '') k++;
    const start = k;
    k++;
    let inTitle = false;
    while (k < text.length && !/^\s*===\s*$/.test(text[k])) {
      const m = /^title\s*:\s*(.*)$/.exec(text[k]);
      if (m) {
        title = m[1];
        inTitle = true;
      } else if (inTitle && /^\s+\S/.test(text[k]) && !/^\s*[\w-]+\s*:/.test(text[k])) title += ` ${text[k].trim()}`;
      else inTitle = false;
      k++;
    }
    if (title !== undefined) title = title.trim().replace(/^["']|["']$/g, '').trim();
    if (k >= text.length) return { ok: false, problems: [{ ...lines[start].where, column: 1, message: 'The frontmatter opened with === is never closed.' }] };
    k++;
  }

  try {
    for (; k < text.length; k++) {
      const where = lines[k].where;
      const rawLine = text[k];
      if (commentOnly[k]) continue;
      if (rawLine.trim() === '') {
        stack = [];
        // a blank line ends a premise–conclusion structure (once it has begun)
        if (pcs && pcs.arg.pcs.length) pcs = null;
        lastWasBlank = true;
        continue;
      }
      const indent = rawLine.length - rawLine.trimStart().length;
      const line = rawLine.trim();
      const blockStart = lastWasBlank;
      lastWasBlank = false;

      // headings
      const h = /^(#{1,6})\s+(.*)$/.exec(line);
      if (h && indent === 0) {
        const level = h[1].length;
        const { text: ht, tags } = takeTags(h[2]);
        const name = unescape(plain(ht));
        headings.length = Math.min(headings.length, level - 1);
        while (headings.length < level - 1) headings.push(headings[headings.length - 1] ?? name);
        headings.push(name);
        if (!firstHeading && level === 1) firstHeading = name;
        for (const t of tags) b.tag(t);
        stack = [];
        last = null;
        pcs = null;
        pendingArg = null;
        lastWasBlank = true;
        continue;
      }

      // premise–conclusion structures
      const numbered = /^\((\d+)\)\s*(.*)$/.exec(line);
      const inference = /^-{2,}\s*$/.test(line) || /^--+\s*(.*?)\s*--+$/.exec(line);
      if (numbered && (pcs || pendingArg || blockStart)) {
        if (!pcs) {
          const argKey = pendingArg ?? element({ kind: 'a', title: null, text: '', tags: [], data: null, where });
          pcs = { arg: args.get(argKey)!, inference: false, afterInference: false };
          pendingArg = null;
        }
        const m = readElement(numbered[2], where);
        if (m.kind === 'a') b.note(where, 'skipped', `An argument (<${m.title}>) cannot be a premise or conclusion; it is kept as text of the premise–conclusion structure.`);
        const key = m.kind === 's' ? element(m, { inPcsOf: pcs.arg.key }) : element({ ...m, kind: 's', title: null, text: `<${m.title}>: ${m.text}`.trim() }, { inPcsOf: pcs.arg.key });
        const entry: Arg['pcs'][number] = { label: numbered[1], key, text: m.text, role: pcs.afterInference ? 'conclusion' : 'premise', where };
        pcs.arg.pcs.push(entry);
        pcs.inference = false;
        last = { key, kind: 's', pcsLine: entry };
        stack = [{ indent, key, ...(entry.role === 'conclusion' ? { conclusionOf: pcs.arg.key } : {}) }];
        continue;
      }
      if (inference && pcs) {
        const ruleText = Array.isArray(inference) ? inference[1] : '';
        pcs.arg.pcs.push({ label: '', key: '', text: ruleText ?? '', role: 'inference', where });
        pcs.inference = true;
        pcs.afterInference = true;
        last = null;
        stack = [];
        continue;
      }
      if (pcs && pcs.inference && !RELATION.test(line)) {
        // an inference rule between two -- lines: kept as the inference's text
        const inf = pcs.arg.pcs[pcs.arg.pcs.length - 1];
        if (inf?.role === 'inference') {
          inf.text = inf.text ? `${inf.text} ${line}` : line;
          continue;
        }
      }

      // relations
      const rel = RELATION.exec(line);
      if (rel && (indent > 0 || !blockStart)) {
        const [, sym, rest] = rel;
        const open = stack.filter((e) => e.indent < indent);
        const parent = open[open.length - 1];
        if (!parent) {
          return {
            ok: false,
            problems: [{ ...where, column: indent + 1, message: `A relation (${sym}) with no statement or argument above it to relate to.` }],
          };
        }
        // a bare symbol with nothing after it is text (below, as a continuation)
        if (rest && rest.trim()) {
          stack = open;
          const m = readElement(rest, where);
          const key = element(m);
          const kind = INCOMING[sym] ?? OUTGOING[sym];
          let from = key;
          let to = parent.key;
          if (OUTGOING[sym]) {
            // outgoing relations of an argument's conclusion are the argument's
            from = parent.conclusionOf ?? parent.key;
            to = key;
          }
          rels.push({ kind, from, to, where });
          stack.push({ indent, key });
          last = { key, kind: m.kind };
          // a structure below a relation's argument (after a blank line) is an argument of its own, as in @argdown/core
          pendingArg = null;
          continue;
        }
      }

      // list items are statements of their own
      const item = /^(?:[*+-]|\d+\.)\s+(.*)$/.exec(line);
      // continuation of the element above (no blank line between)
      const defines = /^[[<](?:[^\]>\\]|\\.)+[\]>](?::|\s*$)/.test(line);
      if (!blockStart && last && !item && !defines) {
        const target = last.kind === 'a' ? args.get(last.key)! : ecs.get(last.key)!;
        const m = readElement(line, where);
        const texts = target.texts;
        if (last.pcsLine) last.pcsLine.text = `${last.pcsLine.text} ${m.text}`.trim();
        if (texts.length) texts[texts.length - 1].text = `${texts[texts.length - 1].text} ${m.text}`.trim();
        else if (m.text) texts.push({ text: m.text, where });
        m.tags.forEach((x) => target.tags.add(x));
        if (m.data) target.data = { ...target.data, ...m.data };
        continue;
      }
      const m = readElement(item ? item[1] : line, where);
      const key = element(m);
      stack = [{ indent: item ? indent : -1, key }];
      last = { key, kind: m.kind };
      pcs = null;
      pendingArg = m.kind === 'a' ? key : null;
    }
  } catch (e) {
    if (e instanceof TooLargeForImport) return { ok: false, problems: [{ message: e.message }], tooLarge: { limit: e.limit, count: e.count, what: e.what } };
    throw e;
  }

  for (const r of rels) {
    ecs.get(r.from) && ecs.get(r.from)!.relations++;
    ecs.get(r.to) && ecs.get(r.to)!.relations++;
  }

  // nodes: every argument; every statement except those only inside one argument's structure
  const kindOf = (data: Record<string, unknown> | null, where: Where): NodeKind => {
    const k = typeof data?.kind === 'string' ? data.kind.toUpperCase() : '';
    if (!k) return 'CLAIM';
    if ((NODE_KINDS as readonly string[]).includes(k)) return k as NodeKind;
    b.note(where, 'changed', `Unknown kind "${String(data!.kind)}": imported as a CLAIM.`);
    return 'CLAIM';
  };
  const bodyOf = (texts: { text: string; where: Where }[], name: string) => {
    const distinct = [...new Set(texts.map((t) => t.text).filter(Boolean))];
    if (distinct.length > 1) {
      b.note(texts[0].where, 'kept', `${name} has ${distinct.length} different texts (an equivalence class): the first is the body, the others follow it.`);
    }
    return distinct.join('\n\n');
  };
  const isNode = (e: Ec) => e.outsidePcs || e.relations > 0 || e.pcsOf.size > 1;
  const tagKeys = (tags: Set<string>) => [...tags].map((t) => b.tag(t)).filter((x): x is string => !!x);
  const addSources = (key: string, data: Record<string, unknown> | null, where: Where) => {
    const list = Array.isArray(data?.sources) ? (data!.sources as unknown[]) : [];
    for (const s of list) {
      if (!s || typeof s !== 'object') continue;
      const o = s as Record<string, unknown>;
      const str = (v: unknown) => (typeof v === 'string' ? v : '');
      if (!str(o.title) || !str(o.quote)) continue;
      const url = /^https?:\/\//.test(str(o.url)) ? str(o.url) : '';
      const sk = b.source(`src:${str(o.title)}|${url}`, { type: url ? 'WEB_PAGE' : 'REPORT', title: str(o.title), url });
      b.cite(key, sk, str(o.quote), str(o.page) ? { page: str(o.page).slice(0, 50) } : undefined);
    }
    if (list.length === 0 && data && Object.keys(data).some((x) => !['kind', 'title', 'undercuts'].includes(x))) {
      b.note(where, 'kept', `Data ${JSON.stringify(data).slice(0, 120)} has no field Pleit maps: not imported.`);
    }
  };

  for (const e of ecs.values()) {
    if (!isNode(e)) continue;
    const body = bodyOf(e.texts, e.title ? `[${e.title}]` : 'A statement');
    const t = typeof e.data?.title === 'string' && e.data.title.trim() ? e.data.title : e.title ? displayTitle(e.rawTitle ?? e.title) : plain(body);
    b.addNode(e.key, { kind: kindOf(e.data, e.where), title: t, body: e.title ? body : '', tagIds: tagKeys(e.tags) }, e.where);
    addSources(e.key, e.data, e.where);
  }
  /** the support of an argument for its conclusion (what an undercut of the argument attacks first) */
  const inferenceOf = new Map<string, string[]>();
  for (const a of args.values()) {
    let body = bodyOf(a.texts, a.title ? `<${a.title}>` : 'An argument');
    if (a.pcs.length) {
      const lines2: string[] = [];
      for (const p of a.pcs) {
        if (p.role === 'inference') lines2.push(p.text ? `-- ${p.text} --` : '----');
        else {
          const ec = ecs.get(p.key);
          const label = ec?.title ? `[${ec.title}]: ` : '';
          lines2.push(`(${p.label}) ${label}${p.text.replace(/^\[[^\]]*\]$/, '')}`.trimEnd());
        }
      }
      body = [body, lines2.join('\n')].filter(Boolean).join('\n\n');
      b.note(a.where, 'kept', `The premise–conclusion structure of ${a.title ? `<${a.title}>` : 'an untitled argument'} (${a.pcs.filter((p) => p.role !== 'inference').length} statements) is kept as text in the node's body.`);
    }
    const t = typeof a.data?.title === 'string' && a.data.title.trim() ? a.data.title : a.title ? displayTitle(a.rawTitle ?? a.title) : plain(body).split('\n')[0] || 'Argument';
    b.addNode(a.key, { kind: kindOf(a.data, a.where), title: t, body, tagIds: tagKeys(a.tags) }, a.where);
    addSources(a.key, a.data, a.where);
  }

  // relations; undercuts (of arguments) after the supports and rebuttals they undercut
  const outOf = new Map<string, string[]>();
  const undercuts: Rel[] = [];
  for (const r of rels) {
    if (!b.hasNode(r.from) || !b.hasNode(r.to)) {
      b.note(r.where, 'skipped', `A relation to or from a statement that is only part of an argument's structure: skipped.`);
      continue;
    }
    if (r.kind === 'undercut') {
      undercuts.push(r);
      continue;
    }
    const ids = r.kind === 'contradiction' ? [b.addRelation('REBUTS', r.from, r.to, r.where), b.addRelation('REBUTS', r.to, r.from, r.where)] : [b.addRelation(r.kind === 'support' ? 'SUPPORTS' : 'REBUTS', r.from, r.to, r.where)];
    for (const id of ids) if (id) (outOf.get(r.from) ?? outOf.set(r.from, []).get(r.from)!).push(id);
  }
  // premises that are nodes support the argument, the argument its conclusion (unless the file says so itself)
  for (const a of args.values()) {
    const statements = a.pcs.filter((p) => p.role !== 'inference');
    const conclusion = statements[statements.length - 1];
    for (const p of statements) {
      const ec = ecs.get(p.key);
      if (!ec || !isNode(ec)) continue;
      const [from, to] = p === conclusion ? [a.key, p.key] : [p.key, a.key];
      if (b.hasRelation('SUPPORTS', from, to)) continue;
      const id = b.addRelation('SUPPORTS', from, to, p.where, `pcs:${from}>${to}`);
      if (id && p === conclusion) (inferenceOf.get(a.key) ?? inferenceOf.set(a.key, []).get(a.key)!).push(id);
    }
  }
  for (const r of undercuts) {
    if (!r.to.startsWith('a:')) {
      b.note(r.where, 'skipped', `An undercut of a statement ("${b.node(r.to)?.title}"): only an argument's inference can be undercut, skipped.`);
      continue;
    }
    let targets = [...(inferenceOf.get(r.to) ?? []), ...(outOf.get(r.to) ?? [])];
    // Pleit's data {undercuts: {"<C>": ["[B]"]}} on the undercutter names which of C's relations it undercuts
    const named = (ecs.get(r.from)?.data ?? args.get(r.from)?.data)?.undercuts as Record<string, unknown> | undefined;
    const list = named && typeof named === 'object' ? named[`<${args.get(r.to)!.title}>`] : undefined;
    if (Array.isArray(list) && targets.length > 1) {
      const wanted = new Set(list.filter((x): x is string => typeof x === 'string').map((x) => (x.startsWith('<') ? `a:${x.slice(1, -1)}` : `s:${x.slice(1, -1)}`)));
      const chosen = targets.filter((t) => wanted.has(b.relation(t)?.toId ?? ''));
      if (chosen.length) targets = chosen;
    }
    if (!targets.length) {
      b.note(r.where, 'skipped', `An undercut of <${args.get(r.to)!.title ?? 'argument'}>, which supports or attacks nothing in the map: skipped.`);
      continue;
    }
    if (targets.length > 1) b.note(r.where, 'changed', `An undercut of <${args.get(r.to)!.title}>: one UNDERCUTS for each of its ${targets.length} supports and rebuttals.`);
    for (const t of targets) b.addRelation('UNDERCUTS', r.from, t, r.where);
  }

  const done = b.finish();
  return {
    ok: true,
    value: {
      format: 'argdown',
      title: mapTitle(title ?? firstHeading, opts.fallbackTitle ?? 'Argdown import'),
      description: '',
      content: done.content,
      positioned: false,
      report: done.report,
      reportOmitted: done.reportOmitted,
    },
  };
}

// ---- writing

const escTitle = (s: string) => s.replace(/[\\[\]<>*_]/g, (c) => `\\${c}`);
const escText = (s: string) =>
  s
    .replace(/\s*\n\s*/g, ' ')
    .replace(/[\\#{}[\]<>]/g, (c) => `\\${c}`)
    .replace(/\/(?=[/*])/g, '\\/')
    .trim();
const tagRef = (name: string) => (/^[\p{L}\p{N}_-]+$/u.test(name) ? `#${name}` : `#(${name.replace(/[()]/g, '')})`);

export interface WrittenFile {
  text: string;
  /** what the format could not carry as it is (X-Pleit-Lossy) */
  lossy: string[];
}

/** A map as an Argdown file: every node a statement (or an argument where an undercut needs one), relations below their source. */
export function serializeArgdown(map: { title: string; description?: string }, state: MapState): WrittenFile {
  const lossy = new Set<string>();
  const nodes = [...state.nodes.values()];
  const relations = [...state.relations.values()];
  // a node whose relations are undercut is written as an argument (<title>): Argdown undercuts arguments
  const asArgument = new Set<string>();
  for (const r of relations) if (r.type === 'UNDERCUTS') {
    const target = state.relations.get(r.toId);
    if (target) asArgument.add(target.fromId);
  }
  const outCount = new Map<string, number>();
  for (const r of relations) if (r.type === 'SUPPORTS' || r.type === 'REBUTS') outCount.set(r.fromId, (outCount.get(r.fromId) ?? 0) + 1);
  // unique titles: Argdown takes one title for one statement
  const titleOf = new Map<string, string>();
  const used = new Set<string>();
  const renamed = new Set<string>();
  for (const n of nodes) {
    const base = n.title.replace(/\s+/g, ' ').trim() || 'Untitled';
    let t = base;
    for (let k = 2; used.has(`${asArgument.has(n.id) ? 'a' : 's'}:${t.toLowerCase()}`); k++) t = `${base} (${k})`;
    // a title made unique keeps the node's own in the data
    if (t !== n.title) renamed.add(n.id);
    used.add(`${asArgument.has(n.id) ? 'a' : 's'}:${t.toLowerCase()}`);
    titleOf.set(n.id, t);
  }
  const ref = (id: string) => (asArgument.has(id) ? `<${escTitle(titleOf.get(id)!)}>` : `[${escTitle(titleOf.get(id)!)}]`);
  const citationsOf = new Map<string, Citation[]>();
  for (const c of state.citations.values()) (citationsOf.get(c.nodeId) ?? citationsOf.set(c.nodeId, []).get(c.nodeId)!).push(c);
  const out: string[] = ['===', `title: ${JSON.stringify(map.title)}`, '==='];
  if (map.description) out.push('', `<!-- ${map.description.replace(/--+>?/g, '—')} -->`);
  const outgoing = new Map<string, Relation[]>();
  for (const r of relations) (outgoing.get(r.fromId) ?? outgoing.set(r.fromId, []).get(r.fromId)!).push(r);
  for (const n of nodes) {
    const data: Record<string, unknown> = {};
    if (renamed.has(n.id)) data.title = n.title;
    if (n.kind !== 'CLAIM') data.kind = n.kind;
    const undercut = (outgoing.get(n.id) ?? []).filter((r) => r.type === 'UNDERCUTS').map((r) => state.relations.get(r.toId)).filter((r): r is Relation => !!r);
    if (undercut.some((t) => (outCount.get(t.fromId) ?? 0) > 1)) {
      const by: Record<string, string[]> = {};
      for (const t of undercut) (by[`<${titleOf.get(t.fromId)}>`] ??= []).push(asArgument.has(t.toId) ? `<${titleOf.get(t.toId)}>` : `[${titleOf.get(t.toId)}]`);
      data.undercuts = by;
    }
    const cites = citationsOf.get(n.id) ?? [];
    if (cites.length) {
      data.sources = cites.map((c) => {
        const s = state.sources.get(c.sourceId) as Source | undefined;
        return { title: s?.title ?? 'Source', ...(s?.url ? { url: s.url } : {}), quote: c.quote, ...(c.locator.page ? { page: c.locator.page } : {}) };
      });
      lossy.add('citations');
    }
    if (/\n/.test(n.body)) lossy.add('body-line-breaks');
    const tags = n.tagIds.map((t) => (state.tags.get(t) as Tag | undefined)?.name).filter((x): x is string => !!x).map(tagRef);
    const parts = [escText(n.body), ...tags, Object.keys(data).length ? JSON.stringify(data) : ''].filter(Boolean);
    out.push('', `${ref(n.id)}:${parts.length ? ` ${parts.join(' ')}` : ''}`);
    for (const r of outgoing.get(n.id) ?? []) {
      if (r.type === 'UNDERCUTS') {
        const target = state.relations.get(r.toId);
        if (!target) continue;
        out.push(`  _> ${ref(target.fromId)}`);
      } else out.push(`  ${r.type === 'REBUTS' ? '->' : '+>'} ${ref(r.toId)}`);
    }
  }
  return { text: `${out.join('\n')}\n`, lossy: [...lossy].sort() };
}
