// What the Argdown, AIF and Kialo modules share: the result of reading a file (keyed
// content, a title, whether the file carried positions, and the report of everything
// that could not be mapped as it was), a builder that keeps the content within the
// domain's rules while a file is read (a relation the rules refuse is reported, never
// written), the limits of an import, and a linear layout for files without positions.
// Pure: no database, no HTTP.
import { LIMITS } from '@/lib/api/schemas';
import type { NodeKind, RelationType } from '@/lib/argument/model';
import { RELATION_RULES, UNDERCUTTABLE } from '@/lib/argument/rules';
import type { KeyedContent } from './keyed';

export const INTERCHANGE_FORMATS = ['argdown', 'aif', 'kialo'] as const;
export type InterchangeFormat = (typeof INTERCHANGE_FORMATS)[number];

/** What one import of an Argdown, AIF or Kialo file may hold (413 past these; README, "Interchange"). */
export const INTERCHANGE_LIMITS = {
  bytes: 8 * 1024 * 1024,
  /** nodes of the map the file becomes */
  nodes: 10_000,
  /** elements the file holds before mapping (AIF nodes and edges, Argdown or Kialo lines) */
  elements: 200_000,
  /** report entries listed one by one; the rest are counted in one last entry */
  reportItems: 2000,
} as const;

/** One thing the import could not map as the file had it, with where it is in the file. */
export interface ReportItem {
  /** the file the line is in, when it is not the main one (an Argdown @include) */
  file?: string;
  /** 1-based line of the file (Argdown, Kialo) */
  line?: number;
  /** the file's own id of the element (an AIF nodeID or edgeID) */
  node?: string;
  /** what happened: kept (as text, a tag, metadata), skipped, or changed (e.g. a kind or relation type) */
  action: 'kept' | 'skipped' | 'changed';
  message: string;
}

/** A problem that makes the file unreadable (the import answers 422 with all of them). */
export interface ImportProblem {
  file?: string;
  line?: number;
  column?: number;
  node?: string;
  message: string;
}

export interface ParsedImport {
  format: InterchangeFormat;
  title: string;
  description: string;
  content: KeyedContent;
  /** whether the file gave every node a position (OVA); otherwise the import lays it out */
  positioned: boolean;
  report: ReportItem[];
  /** report entries beyond INTERCHANGE_LIMITS.reportItems, only counted */
  reportOmitted: number;
}

export type ParseOutcome = { ok: true; value: ParsedImport } | { ok: false; problems: ImportProblem[]; tooLarge?: { limit: number; count: number; what: string } };

export class TooLargeForImport extends Error {
  constructor(
    readonly what: string,
    readonly limit: number,
    readonly count: number,
  ) {
    super(`A file may hold at most ${limit} ${what}; this one has ${count}.`);
  }
}

/** A reader's outcome, with a limit it ran into (thrown from deep inside) as a 413-shaped failure. */
export function withinLimits(read: () => ParseOutcome): ParseOutcome {
  try {
    return read();
  } catch (e) {
    if (e instanceof TooLargeForImport) return { ok: false, problems: [{ message: e.message }], tooLarge: { limit: e.limit, count: e.count, what: e.what } };
    throw e;
  }
}

const PALETTE = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f', '#bcbd22', '#17becf'];

/** Text cut to at most `max` characters (on a word boundary where there is one), and what was cut. */
export function splitTitle(text: string, max = LIMITS.nodeTitle): { title: string; rest: string } {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return { title: t, rest: '' };
  let cut = t.lastIndexOf(' ', max - 1);
  if (cut < max / 2) cut = max - 1;
  return { title: `${t.slice(0, cut).trimEnd()}…`, rest: t };
}

export interface Where {
  file?: string;
  line?: number;
  node?: string;
}

type NodeIn = KeyedContent['nodes'][number];
type RelationIn = KeyedContent['relations'][number];

/**
 * Collects a file's content with keys of the file's own, and keeps it within the
 * domain's rules: no self-relations, no duplicates, kinds that may be joined, undercuts
 * of SUPPORTS or REBUTS only, EVIDENCE only with a citation. Whatever it refuses or
 * changes goes into the report with its place in the file.
 */
export class ImportBuilder {
  readonly content: KeyedContent = { tags: [], sources: [], nodes: [], relations: [], citations: [] };
  readonly report: ReportItem[] = [];
  private omitted = 0;
  private nodes = new Map<string, NodeIn & { where: Where }>();
  private relations = new Map<string, RelationIn & { where: Where }>();
  private relationKeys = new Set<string>();
  private tagsByName = new Map<string, string>();
  private sourcesByKey = new Map<string, string>();
  private citationKeys = new Set<string>();
  private counter = 0;

  constructor(private readonly limits = INTERCHANGE_LIMITS) {}

  note(where: Where, action: ReportItem['action'], message: string) {
    if (this.report.length >= this.limits.reportItems) {
      this.omitted++;
      return;
    }
    this.report.push({ ...where, action, message });
  }

  hasNode = (key: string) => this.nodes.has(key);
  hasRelation = (type: RelationType, fromId: string, toId: string) => this.relationKeys.has(`${fromId}|${type}|${toId}`);
  node = (key: string) => this.nodes.get(key);
  relation = (key: string) => this.relations.get(key);
  get nodeCount() {
    return this.nodes.size;
  }

  /** A tag by name (case-insensitive, one per name); its key. */
  tag(name: string): string | null {
    const n = name.replace(/\s+/g, ' ').trim().slice(0, LIMITS.tagName);
    if (!n) return null;
    const lower = n.toLocaleLowerCase();
    let key = this.tagsByName.get(lower);
    if (!key) {
      key = `tag${this.tagsByName.size + 1}`;
      this.tagsByName.set(lower, key);
      this.content.tags.push({ id: key, name: n, color: PALETTE[(this.tagsByName.size - 1) % PALETTE.length] });
    }
    return key;
  }

  addNode(key: string, node: Omit<NodeIn, 'id'>, where: Where): boolean {
    if (this.nodes.has(key)) return false;
    if (this.nodes.size >= this.limits.nodes) throw new TooLargeForImport('nodes', this.limits.nodes, this.nodes.size + 1);
    let { title, body } = node;
    const split = splitTitle(title);
    if (split.rest) {
      body = body ? `${split.rest}\n\n${body}` : split.rest;
      this.note(where, 'changed', `The title is longer than ${LIMITS.nodeTitle} characters: shortened, the whole text is in the body.`);
    }
    title = split.title || '(untitled)';
    if (body && body.length > LIMITS.nodeBody) {
      body = body.slice(0, LIMITS.nodeBody);
      this.note(where, 'changed', `The text is longer than ${LIMITS.nodeBody} characters: cut.`);
    }
    const tagIds = [...new Set(node.tagIds ?? [])].slice(0, LIMITS.tagsPerNode);
    const n = { ...node, id: key, title, body: body ?? '', tagIds, where };
    this.nodes.set(key, n);
    return true;
  }

  /** A source (one per key); its key. */
  source(key: string, source: Omit<KeyedContent['sources'][number], 'id'>): string {
    if (!this.sourcesByKey.has(key)) {
      this.sourcesByKey.set(key, key);
      this.content.sources.push({ ...source, title: source.title.slice(0, LIMITS.sourceTitle), id: key });
    }
    return key;
  }

  cite(nodeKey: string, sourceKey: string, quote: string, locator?: KeyedContent['citations'][number]['locator']) {
    const q = quote.trim().slice(0, LIMITS.quote);
    const k = `${nodeKey}|${sourceKey}|${q}`;
    if (!q || this.citationKeys.has(k)) return;
    this.citationKeys.add(k);
    this.content.citations.push({ id: `c${this.content.citations.length + 1}`, nodeId: nodeKey, sourceId: sourceKey, quote: q, ...(locator ? { locator } : {}) });
  }

  /** A relation between two nodes, or (UNDERCUTS) from a node to a relation; its key, or null when refused (and reported). */
  addRelation(type: RelationType, fromId: string, toId: string, where: Where, key?: string): string | null {
    const id = key ?? `r${++this.counter}`;
    if (this.relations.has(id)) return null;
    if (!this.nodes.has(fromId) || (type === 'UNDERCUTS' ? !this.relations.has(toId) : !this.nodes.has(toId))) {
      this.note(where, 'skipped', `A ${type} relation to or from something the file does not hold: skipped.`);
      return null;
    }
    if (type !== 'UNDERCUTS' && fromId === toId) {
      this.note(where, 'skipped', `"${this.nodes.get(fromId)!.title}" ${type.toLowerCase()} itself: a node cannot be related to itself, skipped.`);
      return null;
    }
    const k = `${fromId}|${type}|${toId}`;
    if (this.relationKeys.has(k)) {
      this.note(where, 'skipped', `The same ${type} relation again: kept once.`);
      return null;
    }
    this.relationKeys.add(k);
    this.relations.set(id, { id, type, fromId, toId, where });
    return id;
  }

  /**
   * The content, checked against the domain's rules with the kinds now known. Relations
   * are checked in order (an undercut after what it undercuts), so dropping one drops
   * the undercuts that needed it, each reported.
   */
  finish(): { content: KeyedContent; report: ReportItem[]; reportOmitted: number } {
    const cited = new Set(this.content.citations.map((c) => c.nodeId));
    for (const n of this.nodes.values()) {
      if (n.kind === 'EVIDENCE' && !cited.has(n.id)) {
        n.kind = 'CLAIM';
        this.note(n.where, 'changed', `"${n.title}": EVIDENCE needs a citation and the file gives none: imported as a CLAIM.`);
      }
    }
    const kept = new Map<string, RelationIn>();
    const pending = [...this.relations.values()];
    const placed = new Set<string>();
    // undercuts after their targets; a target never written takes its undercuts with it
    const order: (RelationIn & { where: Where })[] = [];
    const visit = (r: RelationIn & { where: Where }, depth: number) => {
      if (placed.has(r.id) || depth > 64) return;
      placed.add(r.id);
      if (r.type === 'UNDERCUTS') {
        const t = this.relations.get(r.toId);
        if (t) visit(t, depth + 1);
      }
      order.push(r);
    };
    for (const r of pending) visit(r, 0);
    for (const r of order) {
      const from = this.nodes.get(r.fromId)!;
      let type = r.type;
      if (type === 'UNDERCUTS') {
        const target = kept.get(r.toId);
        if (!target) {
          this.note(r.where, 'skipped', `An undercut of a relation that was not imported: skipped.`);
          continue;
        }
        if (!UNDERCUTTABLE.includes(target.type)) {
          this.note(r.where, 'skipped', `An undercut of a ${target.type} relation: Pleit undercuts only SUPPORTS and REBUTS, skipped.`);
          continue;
        }
        if (!RELATION_RULES.UNDERCUTS.from.includes(from.kind)) {
          this.note(r.where, 'skipped', `"${from.title}" is a ${from.kind}, which cannot undercut: skipped.`);
          continue;
        }
        kept.set(r.id, r);
        continue;
      }
      const to = this.nodes.get(r.toId)!;
      if (type === 'SUPPORTS' && to.kind === 'QUESTION') type = 'ANSWERS';
      const rule = RELATION_RULES[type];
      if (!rule.from.includes(from.kind) || !rule.to!.includes(to.kind)) {
        this.note(r.where, 'skipped', `A ${from.kind} cannot ${type === 'ANSWERS' ? 'answer' : type.toLowerCase().replace(/s$/, '')} a ${to.kind}: the relation from "${from.title}" to "${to.title}" is skipped.`);
        continue;
      }
      kept.set(r.id, type === r.type ? r : { ...r, type });
    }
    this.content.nodes = [...this.nodes.values()].map(({ where: _w, ...n }) => n);
    this.content.relations = [...this.relations.values()].filter((r) => kept.has(r.id)).map((r) => {
      const { where: _w, ...k } = kept.get(r.id)! as RelationIn & { where?: Where };
      return k;
    });
    return { content: this.content, report: this.report, reportOmitted: this.omitted };
  }
}

/**
 * Positions for nodes of a file that had none, in linear time: every node in a row
 * below the nodes it bears on (a breadth-first search from the nodes that bear on
 * nothing, an undercut below the reason it undercuts), each row left to right in the
 * order the search met them, components side by side.
 */
export function layoutContent(content: KeyedContent, size = { width: 240, height: 110, gapX: 40, gapY: 90 }) {
  const rel = new Map(content.relations.map((r) => [r.id, r]));
  const children = new Map<string, string[]>();
  const hasParent = new Set<string>();
  for (const r of content.relations) {
    const parent = r.type === 'UNDERCUTS' ? rel.get(r.toId)?.fromId : r.toId;
    if (!parent || parent === r.fromId) continue;
    (children.get(parent) ?? children.set(parent, []).get(parent)!).push(r.fromId);
    hasParent.add(r.fromId);
  }
  const depth = new Map<string, number>();
  const rows: string[][] = [];
  let columnStart = 0;
  const roots = [...content.nodes.filter((n) => !hasParent.has(n.id)), ...content.nodes.filter((n) => hasParent.has(n.id))];
  const pos = new Map<string, { x: number; y: number }>();
  for (const root of roots) {
    if (depth.has(root.id)) continue;
    // one component (as reached from this root): rows, then positions
    const queue = [root.id];
    depth.set(root.id, 0);
    rows.length = 0;
    for (let q = 0; q < queue.length; q++) {
      const id = queue[q];
      const d = depth.get(id)!;
      (rows[d] ??= []).push(id);
      for (const c of children.get(id) ?? []) {
        if (depth.has(c)) continue;
        depth.set(c, d + 1);
        queue.push(c);
      }
    }
    const widest = Math.max(...rows.map((r) => r.length));
    rows.forEach((row, d) => {
      const offset = ((widest - row.length) * (size.width + size.gapX)) / 2;
      row.forEach((id, k) => pos.set(id, { x: columnStart + offset + k * (size.width + size.gapX), y: d * (size.height + size.gapY) }));
    });
    columnStart += widest * (size.width + size.gapX) + 2 * size.gapX;
  }
  for (const n of content.nodes) {
    const p = pos.get(n.id)!;
    n.x = Math.round(p.x);
    n.y = Math.round(p.y);
  }
}

/** A map title from the file, or a fallback. */
export const mapTitle = (t: string | undefined, fallback: string) => (t ?? '').replace(/\s+/g, ' ').trim().slice(0, LIMITS.mapTitle) || fallback;

export type { NodeKind };
