// Kialo's plain-text export in and out: the classic layout (one claim a line,
// `1.2.1. Con: text`) and the indented one (`1.2. Pro:` above its text, two spaces a
// level, a closing `Sources:` list). The thesis becomes a CLAIM; with several theses
// and a discussion title that asks a question, the title becomes a QUESTION and each
// thesis answers it. `Pro:` SUPPORTS its parent, `Con:` REBUTS it (Kialo cannot tell a
// rebuttal from an undercut: the report says so), unless it starts with `[undercut]`,
// which Pleit's own export writes: then it UNDERCUTS its parent's relation to the
// grandparent, so a Pleit → Kialo → Pleit round trip keeps undercuts. `-> See 1.2.3.` relates the claim it
// names, never a copy of it. Markdown links to http(s) URLs and `[n]` marks resolved by
// the `Sources:` list become sources, cited by the claim. One pass, linear.
import type { MapState } from '@/lib/argument/operations';
import { pushTo as push } from '@/lib/argument/multimap';
import type { WrittenFile } from './argdown';
import { ImportBuilder, INTERCHANGE_LIMITS, withinLimits, mapTitle, TooLargeForImport, type ImportProblem, type ParseOutcome } from './common';

interface Claim {
  number: string;
  label: 'Thesis' | 'Pro' | 'Con' | null;
  text: string;
  line: number;
  /** a Con marked `[undercut]`: it denies its parent's link to the grandparent */
  undercut?: boolean;
}

/** Pleit's mark for a Con that undercuts (Kialo has no such relation): readable there as it is. */
const UNDERCUT_MARK = '[undercut]';
const UNDERCUT = /^\[undercut\]\s*/i;

const NUMBERED = /^(\s*)((?:\d+\.)+)\s*(?:(Thesis|Pro|Con):)?\s*(.*)$/;
const SEE = /^->\s*See\s+((?:\d+\.)*\d+)\.?\s*$/i;

/** Kialo's Markdown escapes resolved. */
const unescape = (s: string) => s.replace(/\\([\\`*_{}[\]()#+\-.!>~|])/g, '$1');

export interface KialoOptions {
  fallbackTitle?: string;
  limits?: typeof INTERCHANGE_LIMITS;
}

export function parseKialo(input: string, opts: KialoOptions = {}): ParseOutcome {
  return withinLimits(() => parseKialoUnchecked(input, opts));
}

function parseKialoUnchecked(input: string, opts: KialoOptions = {}): ParseOutcome {
  const limits = opts.limits ?? INTERCHANGE_LIMITS;
  const lines = input.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  if (lines.length > limits.elements) return { ok: false, problems: [{ message: `A Kialo file may have at most ${limits.elements} lines; this one has ${lines.length}.` }], tooLarge: { limit: limits.elements, count: lines.length, what: 'lines' } };
  const problems: ImportProblem[] = [];
  let title: string | undefined;
  const claims: Claim[] = [];
  const footnotes = new Map<string, { text: string; line: number }>();
  let k = 0;
  while (k < lines.length && lines[k].trim() === '') k++;
  const head = /^\s*Discussion (?:Title|Name):\s*(.*)$/i.exec(lines[k] ?? '');
  if (head) {
    title = head[1].trim();
    k++;
    if (!title) {
      while (k < lines.length && lines[k].trim() === '') k++;
      title = (lines[k] ?? '').trim();
      k++;
    }
  }
  let current: Claim | null = null;
  let inSources = false;
  for (; k < lines.length; k++) {
    const raw = lines[k];
    const line = raw.trim();
    if (!line) {
      // a blank line ends the indented layout's text; the classic layout has none inside a claim
      if (current && current.text) current = null;
      continue;
    }
    if (/^Sources:\s*$/i.test(line)) {
      inSources = true;
      current = null;
      continue;
    }
    if (inSources) {
      const f = /^\[(\d+)\]\s*(.*)$/.exec(line);
      if (f) footnotes.set(f[1], { text: f[2].trim(), line: k + 1 });
      else problems.push({ line: k + 1, column: 1, message: 'In the Sources list, each line starts with its mark, like "[1]".' });
      continue;
    }
    const m = NUMBERED.exec(raw);
    if (m) {
      const number = m[2].replace(/\.$/, '');
      const label = (m[3] as Claim['label']) ?? null;
      current = { number, label, text: m[4].trim(), line: k + 1 };
      claims.push(current);
      continue;
    }
    if (current) {
      current.text = current.text ? `${current.text} ${line}` : line;
      continue;
    }
    problems.push({ line: k + 1, column: raw.length - raw.trimStart().length + 1, message: 'Expected a numbered claim (like "1.2. Pro: …").' });
    if (problems.length >= 50) break;
  }
  for (const c of claims) {
    const mark = c.label === 'Con' ? UNDERCUT.exec(c.text) : null;
    if (mark) {
      c.undercut = true;
      c.text = c.text.slice(mark[0].length);
    }
  }
  if (!claims.length && !problems.length) problems.push({ line: 1, column: 1, message: 'No claims: a Kialo export numbers its claims ("1. …", "1.1. Pro: …").' });
  const byNumber = new Map<string, Claim>();
  for (const c of claims) {
    if (byNumber.has(c.number)) problems.push({ line: c.line, column: 1, message: `Claim ${c.number}. appears twice (first on line ${byNumber.get(c.number)!.line}).` });
    byNumber.set(c.number, c);
    const parent = c.number.includes('.') ? c.number.slice(0, c.number.lastIndexOf('.')) : null;
    if (parent !== null && !c.label) problems.push({ line: c.line, column: 1, message: `Claim ${c.number}. needs "Pro:" or "Con:".` });
    if (!c.text) problems.push({ line: c.line, column: 1, message: `Claim ${c.number}. has no text.` });
  }
  for (const c of claims) {
    const parent = c.number.includes('.') ? c.number.slice(0, c.number.lastIndexOf('.')) : null;
    if (parent !== null && !byNumber.has(parent)) problems.push({ line: c.line, column: 1, message: `Claim ${c.number}. has no parent ${parent}. in the file.` });
  }
  if (problems.length) return { ok: false, problems: problems.slice(0, 100) };

  const b = new ImportBuilder(limits);
  const theses = claims.filter((c) => !c.number.includes('.'));
  const asked = theses.length > 1 && !!title && /\?\s*$/.test(title);
  const links: { from: Claim; to: string; target: Claim }[] = [];
  const undercutters: { c: Claim; from: string; parent: string }[] = [];
  const cons: number[] = [];
  const sourceOfFootnote = (n: string) => {
    const f = footnotes.get(n);
    if (!f) return null;
    const url = /(https?:\/\/[^\s)>\]]+)/.exec(f.text)?.[1] ?? '';
    return b.source(`fn:${n}`, { type: url ? 'WEB_PAGE' : 'REPORT', title: unescape(f.text.replace(/https?:\/\/\S+/, '').replace(/[\s,.;]+$/, '')) || url || `Source [${n}]`, url });
  };
  // each claim's relation to its parent is keyed by the claim's number, so an undercut below it can name it
  const relate = (c: Claim, from: string, parent: string) => {
    const where = { line: c.line };
    if (c.undercut) {
      if (b.addRelation('UNDERCUTS', from, `rel:${parent}`, where, `rel:${c.number}`)) return;
      b.note(where, 'changed', `Claim ${c.number}. is marked ${UNDERCUT_MARK}, but its parent ${parent}. bears on no claim (a thesis, or a link that was skipped): imported as a rebuttal of it.`);
    }
    if (c.label === 'Con' && !c.undercut) cons.push(c.line);
    b.addRelation(c.label === 'Con' ? 'REBUTS' : 'SUPPORTS', from, parent, where, `rel:${c.number}`);
  };
  try {
    if (asked) b.addNode('question', { kind: 'QUESTION', title: unescape(title!), body: '' }, { line: 1 });
    for (const c of claims) {
      if (SEE.test(c.text)) continue;
      // links and footnote marks: out of the text, into sources
      const cited: { source: string; note: string }[] = [];
      let text = c.text.replace(/\[((?:[^\]\\]|\\.)*)\]\((https?:\/\/[^\s)]+)\)/g, (_m, label: string, url: string) => {
        const key = b.source(`url:${url}`, { type: 'WEB_PAGE', title: unescape(label).trim() || url, url });
        cited.push({ source: key, note: `the link to ${url} is kept as a source, cited by the claim` });
        return label;
      });
      text = text.replace(/\[(\d+)\]/g, (m, n: string) => {
        const key = sourceOfFootnote(n);
        if (!key) {
          b.note({ line: c.line }, 'kept', `The mark [${n}] names no entry of the Sources list: kept in the text.`);
          return m;
        }
        cited.push({ source: key, note: `the mark [${n}] is kept as a citation of its source` });
        return '';
      });
      text = unescape(text).replace(/\s+/g, ' ').trim();
      b.addNode(c.number, { kind: 'CLAIM', title: text, body: '' }, { line: c.line });
      for (const x of cited) {
        b.cite(c.number, x.source, text);
        b.note({ line: c.line }, 'kept', `Claim ${c.number}.: ${x.note}.`);
      }
      const non = /\[(?:[^\]\\]|\\.)*\]\((?!https?:)[^)]*\)/.exec(c.text);
      if (non) b.note({ line: c.line }, 'kept', `Claim ${c.number}.: the link ${non[0].slice(0, 80)} is not an http(s) URL: kept as text.`);
    }
    for (const c of claims) {
      const parent = c.number.includes('.') ? c.number.slice(0, c.number.lastIndexOf('.')) : null;
      const see = SEE.exec(c.text);
      if (see) {
        const target = byNumber.get(see[1].replace(/\.$/, ''));
        if (!target || SEE.test(target.text)) {
          b.note({ line: c.line }, 'skipped', `Claim ${c.number}. links to ${see[1]}., which the file does not hold as a claim: skipped.`);
          continue;
        }
        if (parent === null) {
          b.note({ line: c.line }, 'skipped', `Thesis ${c.number}. is only a link: skipped.`);
          continue;
        }
        links.push({ from: c, to: parent, target });
        continue;
      }
      if (parent === null) {
        if (asked) b.addRelation('ANSWERS', c.number, 'question', { line: c.line });
        continue;
      }
      if (c.undercut) undercutters.push({ c, from: c.number, parent });
      else relate(c, c.number, parent);
    }
    for (const l of links) {
      if (l.from.undercut) undercutters.push({ c: l.from, from: l.target.number, parent: l.to });
      else relate(l.from, l.target.number, l.to);
    }
    // undercuts last, in the file's order: the relation each denies (a link's, another undercut's) is there by then
    undercutters.sort((x, y) => x.c.line - y.c.line);
    for (const u of undercutters) relate(u.c, u.from, u.parent);
  } catch (e) {
    if (e instanceof TooLargeForImport) return { ok: false, problems: [{ message: e.message }], tooLarge: { limit: e.limit, count: e.count, what: e.what } };
    throw e;
  }
  if (cons.length) {
    const shown = cons.slice(0, 50).join(', ');
    b.note({ line: cons[0] }, 'changed', `${cons.length} Con claim${cons.length === 1 ? '' : 's'} (line${cons.length === 1 ? '' : 's'} ${shown}${cons.length > 50 ? ', …' : ''}) imported as rebuttals: Kialo does not tell a rebuttal from an undercut. Change a relation to UNDERCUTS in the editor where the claim denies the link, not the parent.`);
  }
  for (const [n, f] of footnotes) if (!b.content.sources.some((s) => s.id === `fn:${n}`)) b.note({ line: f.line }, 'skipped', `Source [${n}] is cited by no claim: skipped.`);
  const done = b.finish();
  return {
    ok: true,
    value: { format: 'kialo', title: mapTitle(title, opts.fallbackTitle ?? 'Kialo import'), description: '', content: done.content, positioned: false, report: done.report, reportOmitted: done.reportOmitted },
  };
}

/**
 * A map as a Kialo text export (classic layout): each node that bears on nothing is a
 * thesis, the nodes that bear on it below it (Pro: SUPPORTS and ANSWERS, Con: REBUTS),
 * a node met again as `-> See n.`. An undercut is a Con marked `[undercut]` below the line
 * that stands for the relation it denies (the reason's numbered line, or its `-> See`).
 */
export function serializeKialo(map: { title: string }, state: MapState): WrittenFile {
  type Kid = { id: string; label: 'Pro' | 'Con'; relationId: string; undercut: boolean };
  const lossy = new Set<string>();
  /** below a node: what bears on it; below a relation's line: its undercuts */
  const children = new Map<string, Kid[]>();
  const undercutsOf = new Map<string, Kid[]>();
  const bearsOn = new Set<string>();
  for (const r of state.relations.values()) {
    if (!state.nodes.has(r.fromId)) continue;
    if (r.type === 'UNDERCUTS') {
      if (state.relations.has(r.toId)) push(undercutsOf, r.toId, { id: r.fromId, label: 'Con', relationId: r.id, undercut: true });
      continue;
    }
    if (!state.nodes.has(r.toId)) continue;
    if (r.type === 'ANSWERS') lossy.add('answers');
    push(children, r.toId, { id: r.fromId, label: r.type === 'REBUTS' ? 'Con' : 'Pro', relationId: r.id, undercut: false });
    bearsOn.add(r.fromId);
  }
  const nodes = [...state.nodes.values()];
  if (nodes.some((n) => n.kind !== 'CLAIM')) lossy.add('kinds');
  if (nodes.some((n) => n.body)) lossy.add('bodies');
  if (nodes.some((n) => n.tagIds.length)) lossy.add('tags');
  if (state.citations.size) lossy.add('citations');
  const number = new Map<string, string>();
  const written = new Set<string>();
  const out: string[] = [`Discussion Title: ${map.title.replace(/\s+/g, ' ').trim()}`, ''];
  // a title that starts like a link or like Pleit's undercut mark is escaped, so it reads back as text
  const esc = (s: string) => s.replace(/\s+/g, ' ').trim().replace(/^->/, '\\->').replace(/^\[(undercut)\]/i, '\\[$1]');
  let thesis = 0;
  const write = (rootId: string) => {
    const n = String(++thesis);
    number.set(rootId, n);
    out.push(`${n}. ${esc(state.nodes.get(rootId)!.title)}`);
    // depth-first without recursion (deep chains)
    const stack: { kids: Kid[]; num: string; next: number }[] = [{ kids: children.get(rootId) ?? [], num: n, next: 0 }];
    while (stack.length) {
      const top = stack[stack.length - 1];
      if (top.next >= top.kids.length) {
        stack.pop();
        continue;
      }
      const kid = top.kids[top.next++];
      const num = `${top.num}.${top.next}`;
      const mark = kid.undercut ? `${UNDERCUT_MARK} ` : '';
      written.add(kid.relationId);
      const undercuts = undercutsOf.get(kid.relationId) ?? [];
      if (number.has(kid.id)) {
        out.push(`${num}. ${kid.label}: ${mark}-> See ${number.get(kid.id)}.`);
        if (undercuts.length) stack.push({ kids: undercuts, num, next: 0 });
        continue;
      }
      number.set(kid.id, num);
      out.push(`${num}. ${kid.label}: ${mark}${esc(state.nodes.get(kid.id)!.title)}`);
      stack.push({ kids: [...(children.get(kid.id) ?? []), ...undercuts], num, next: 0 });
    }
  };
  for (const n of nodes) if (!bearsOn.has(n.id) && !number.has(n.id)) write(n.id);
  // nodes only on cycles: the first of each is a thesis of its own
  for (const n of nodes) if (!number.has(n.id)) write(n.id);
  // an undercut whose relation has no line (it bears on a relation that is not written): not in the file
  for (const list of undercutsOf.values()) if (list.some((k) => !written.has(k.relationId))) lossy.add('undercuts');
  if (thesis > 1 && /\?\s*$/.test(map.title)) lossy.add('question-title');
  return { text: `${out.join('\n')}\n`, lossy: [...lossy].sort() };
}
