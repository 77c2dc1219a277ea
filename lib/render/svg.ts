// A map (or part of it) drawn as one SVG document, from the model alone: no DOM, no I/O.
// The editor's export, the server's SVG/PNG/PDF export and the tests all call this, so
// every export of a map looks the same. Text stays text (<text>/<tspan>, never
// foreignObject) and every user string is escaped.
import type { ArgNode, Citation, NodeKind, Relation, RelationType, Source, SourcingStatus, Tag } from '@/lib/argument/model';
import { NODE_KINDS, RELATION_TYPES } from '@/lib/argument/model';
import { MESSAGES, type Locale } from '@/lib/i18n/messages';
import { sourcingStatus } from '@/lib/sourcing/status';
import {
  BADGE,
  bezier,
  EDGE_LABEL,
  HEAD_GAP,
  HEAD_HEIGHT,
  ICON_SIZE,
  inPoint,
  KIND_STYLE_TEXT,
  nodeGeometry,
  outPoint,
  SMALL_STYLE,
  TAG,
  TAG_STYLE,
  TITLE_LINE,
  TITLE_STYLE,
  undercutCurve,
  type Box,
  type Curve,
  type NodeGeometry,
} from './geometry';
import { BADGE_STYLE, FONT_STACK, KIND_ICON, KIND_STYLE, MARKER, MARKER_SIZE, PAPERCLIP_ICON, RELATION_STYLE, TEXT_COLOUR, type IconPart } from './style';
import { escapeXml as esc, measure, wrap, type TextStyle } from './text';

export interface RenderMap {
  title: string;
  nodes: readonly ArgNode[];
  relations: readonly Relation[];
  tags: readonly Tag[];
  sources: readonly Source[];
  citations: readonly Citation[];
}

export interface RenderOptions {
  locale: Locale;
  /** draw the map's title above it */
  title?: boolean;
  legend?: boolean;
  bibliography?: boolean;
  /** sourcing badges and citation counts on the nodes */
  badges?: boolean;
  background?: 'white' | 'transparent';
  /** only these nodes (a selection, or what is in view), and the relations among them */
  only?: ReadonlySet<string> | null;
  /** CSS @font-face rules to embed (an SVG drawn as an image cannot load fonts) */
  fontFaces?: string;
  /** the font-family the document asks for; a rasterizer that has only Inter is faster asked for Inter alone */
  fontStack?: string;
}

interface PlacedNode {
  node: ArgNode;
  box: Box;
  geometry: NodeGeometry;
  sourcing: SourcingStatus | null;
  citations: number;
}
interface PlacedRelation {
  relation: Relation;
  curve: Curve;
  label: string;
  labelWidth: number;
}

/** What the renderer will draw, and how big it is: computed before any drawing, so callers can refuse big exports first. */
export interface ExportLayout {
  width: number;
  height: number;
  options: Required<Omit<RenderOptions, 'only' | 'fontFaces' | 'fontStack'>> & Pick<RenderOptions, 'fontFaces' | 'fontStack'>;
  titleLines: string[];
  nodes: PlacedNode[];
  relations: PlacedRelation[];
  /** translation from map coordinates to the document's */
  offset: { x: number; y: number };
  legend: { y: number; height: number; columns: number[] } | null;
  bibliography: { y: number; lines: string[] } | null;
}

export const MARGIN = 24;
const TITLE_BLOCK: TextStyle = { size: 20, weight: 700 };
const TITLE_BLOCK_LINE = 26;
const SECTION_GAP = 28;
const HEADING: TextStyle = { size: 13, weight: 700 };
const LEGEND_ROW = 22;
const LEGEND_TEXT: TextStyle = { size: 12, weight: 400 };
const BIB_TEXT: TextStyle = { size: 11, weight: 400 };
const BIB_LINE = 15;
const MIN_WIDTH = 420;
/** room around the nodes for arrowheads, labels and curves that bulge out */
const MAP_PAD = 16;

const ASCENT = 1984 / 2048;
const CONTENT_HEIGHT = (1984 + 494) / 2048;
/** where the baseline goes for text centred in a line box, as CSS puts it */
const baseline = (top: number, line: number, size: number) => top + (line - CONTENT_HEIGHT * size) / 2 + ASCENT * size;

const n2 = (v: number) => String(Math.round(v * 100) / 100);
const isColour = (c: string) => /^#[0-9a-fA-F]{3,8}$/.test(c);

/** One bibliography entry as plain text: authors (date). Title. Container, publisher. URL */
export function sourceLine(s: Source): string {
  const names = s.authors.map((a) => a.literal || [a.family, a.given].filter(Boolean).join(', ')).filter(Boolean);
  const authors = names.length > 3 ? `${names[0]} et al.` : names.join('; ');
  const parts = [authors && `${authors}${s.date ? ` (${s.date})` : ''}.`, !authors && s.date ? `(${s.date}).` : '', `${s.title}.`, [s.container, s.publisher].filter(Boolean).join(', '), s.url];
  return parts.filter(Boolean).join(' ').replace(/\.\./g, '.');
}

export function layoutExport(map: RenderMap, opts: RenderOptions): ExportLayout {
  const options = { title: true, legend: true, bibliography: true, badges: true, background: 'white' as const, ...opts, fontFaces: opts.fontFaces, fontStack: opts.fontStack };
  const t = MESSAGES[options.locale].editor;
  const only = opts.only ?? null;
  const tagsById = new Map(map.tags.map((x) => [x.id, x]));
  const status = sourcingStatus(map);
  const citationCount = new Map<string, number>();
  for (const c of map.citations) citationCount.set(c.nodeId, (citationCount.get(c.nodeId) ?? 0) + 1);

  const placed = new Map<string, PlacedNode>();
  for (const node of map.nodes) {
    if (only && !only.has(node.id)) continue;
    const tags = node.tagIds.map((id) => tagsById.get(id)).filter((x): x is Tag => !!x);
    const geometry = nodeGeometry(node, tags);
    placed.set(node.id, {
      node,
      box: { x: node.x, y: node.y, width: geometry.width, height: geometry.height },
      geometry,
      sourcing: status.byNode.get(node.id) ?? null,
      citations: citationCount.get(node.id) ?? 0,
    });
  }
  const relationsById = new Map(map.relations.map((r) => [r.id, r]));
  const relations: PlacedRelation[] = [];
  for (const r of map.relations) {
    const from = placed.get(r.fromId);
    if (!from) continue;
    let curve: Curve;
    if (r.type === 'UNDERCUTS') {
      const attacked = relationsById.get(r.toId);
      const a = attacked && placed.get(attacked.fromId);
      const b = attacked && placed.get(attacked.toId);
      if (!a || !b) continue;
      curve = undercutCurve(from.box, { from: a.box, to: b.box });
    } else {
      const to = placed.get(r.toId);
      if (!to) continue;
      curve = bezier(outPoint(from.box), 'top', inPoint(to.box), 'bottom');
    }
    const label = `${RELATION_STYLE[r.type].glyph} ${t.relations[r.type]}`;
    relations.push({ relation: r, curve, label, labelWidth: Math.ceil(measure(label, SMALL_STYLE) + 2 * EDGE_LABEL.padX + 2) });
  }

  // the map's extent: nodes, and the labels and curves around them
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  const grow = (x0: number, y0: number, x1: number, y1: number) => {
    minX = Math.min(minX, x0);
    minY = Math.min(minY, y0);
    maxX = Math.max(maxX, x1);
    maxY = Math.max(maxY, y1);
  };
  for (const p of placed.values()) grow(p.box.x, p.box.y, p.box.x + p.box.width, p.box.y + p.box.height);
  for (const r of relations) {
    grow(r.curve.mid.x - r.labelWidth / 2, r.curve.mid.y - EDGE_LABEL.height / 2, r.curve.mid.x + r.labelWidth / 2, r.curve.mid.y + EDGE_LABEL.height / 2);
    // the curve stays inside the hull of its end and control points
    for (const q of r.curve.hull) grow(q.x, q.y, q.x, q.y);
  }
  const empty = placed.size === 0;
  if (empty) grow(0, 0, 0, 0);
  const mapWidth = maxX - minX + 2 * MAP_PAD;
  const mapHeight = empty ? 0 : maxY - minY + 2 * MAP_PAD;

  // the legend's columns: kinds, relations, sourcing
  const legendColumns = [
    Math.max(measure(t.legendNodes, HEADING), ...NODE_KINDS.map((k) => ICON_SIZE + 6 + measure(t.kinds[k], LEGEND_TEXT))),
    Math.max(measure(t.legendRelations, HEADING), ...RELATION_TYPES.map((r) => 50 + measure(`${RELATION_STYLE[r].glyph} ${t.relationNames[r]}`, LEGEND_TEXT))),
    ...(options.badges ? [Math.max(measure(t.legendSourcing, HEADING), ...(['sourced', 'backed', 'unsourced'] as const).map((s) => badgeWidth(t.sourcing[s])))] : []),
  ].map((w) => Math.ceil(w) + 24);
  const legendWidth = legendColumns.reduce((a, b) => a + b, 0);

  const innerWidth = Math.max(MIN_WIDTH, mapWidth, options.legend ? legendWidth : 0);
  const width = Math.ceil(innerWidth + 2 * MARGIN);
  let y = MARGIN;
  const titleLines = options.title && map.title ? wrap(map.title, innerWidth, TITLE_BLOCK, 4) : [];
  if (titleLines.length) y += titleLines.length * TITLE_BLOCK_LINE + 12;
  const offset = { x: MARGIN + (innerWidth - mapWidth) / 2 - minX + MAP_PAD, y: y - minY + MAP_PAD };
  y += mapHeight;
  let legend: ExportLayout['legend'] = null;
  if (options.legend) {
    y += SECTION_GAP;
    const rows = Math.max(NODE_KINDS.length, RELATION_TYPES.length);
    legend = { y, height: 20 + rows * LEGEND_ROW, columns: legendColumns };
    y += legend.height;
  }
  let bibliography: ExportLayout['bibliography'] = null;
  if (options.bibliography) {
    const cited = new Set(map.citations.filter((c) => placed.has(c.nodeId)).map((c) => c.sourceId));
    const entries = map.sources.filter((s) => cited.has(s.id)).map(sourceLine).sort((a, b) => a.localeCompare(b));
    if (entries.length) {
      y += SECTION_GAP;
      const lines = entries.flatMap((e) => wrap(e, innerWidth - 14, BIB_TEXT, 6).map((l, i) => (i === 0 ? `• ${l}` : `  ${l}`)));
      bibliography = { y, lines };
      y += 20 + lines.length * BIB_LINE;
    }
  }
  const height = Math.ceil(y + MARGIN);
  return { width, height, options, titleLines, nodes: [...placed.values()], relations, offset, legend, bibliography };
}

const badgeWidth = (word: string) => Math.ceil(2 * BADGE.padX + BADGE.dot + BADGE.dotGap + measure(word, SMALL_STYLE) + 2);

function text(x: number, top: number, line: number, style: TextStyle, fill: string, content: string, extra = ''): string {
  const ls = style.letterSpacing ? ` letter-spacing="${style.letterSpacing}"` : '';
  return `<text x="${n2(x)}" y="${n2(baseline(top, line, style.size))}" font-size="${style.size}" font-weight="${style.weight}" fill="${fill}"${ls}${extra}>${esc(content)}</text>`;
}

function icon(parts: IconPart[], x: number, y: number, size: number, colour: string): string {
  const body = parts
    .map((p) =>
      p.fill
        ? `<path d="${p.d}" fill="${colour}"/>`
        : `<path d="${p.d}" fill="none" stroke="${colour}" stroke-width="${p.width ?? 2}"${p.round ? ' stroke-linecap="round" stroke-linejoin="round"' : ''}/>`,
    )
    .join('');
  return `<g transform="translate(${n2(x)} ${n2(y)}) scale(${n2(size / 24)})">${body}</g>`;
}

/** A rectangle with its own radius at each corner: top-left, top-right, bottom-right, bottom-left. */
function roundedRect(x: number, y: number, w: number, h: number, r: [number, number, number, number]): string {
  const [a, b, c, d] = r.map((v) => Math.max(0, Math.min(v, w / 2, h / 2)));
  return (
    `M${n2(x + a)} ${n2(y)}H${n2(x + w - b)}A${n2(b)} ${n2(b)} 0 0 1 ${n2(x + w)} ${n2(y + b)}V${n2(y + h - c)}` +
    `A${n2(c)} ${n2(c)} 0 0 1 ${n2(x + w - c)} ${n2(y + h)}H${n2(x + d)}A${n2(d)} ${n2(d)} 0 0 1 ${n2(x)} ${n2(y + h - d)}V${n2(y + a)}A${n2(a)} ${n2(a)} 0 0 1 ${n2(x + a)} ${n2(y)}Z`
  );
}

function cardShape(kind: NodeKind, b: Box): string {
  const s = KIND_STYLE[kind];
  const { x, y, width: w, height: h } = b;
  if (s.line === 'solid') {
    // the border is the outer shape in the stroke colour, the inside drawn over it (CSS borders grow inwards)
    const inner = s.radius - s.border;
    return (
      `<path d="${roundedRect(x, y, w, h, [s.radius, s.radius, s.radius, s.radius])}" fill="${s.stroke}"/>` +
      `<path d="${roundedRect(x + s.borderLeft, y + s.border, w - s.borderLeft - s.border, h - 2 * s.border, [inner, inner, inner, inner].map((v) => Math.max(0, v)) as [number, number, number, number])}" fill="${s.fill}"/>`
    );
  }
  if (s.line === 'dashed') {
    const half = s.border / 2;
    return `<path d="${roundedRect(x + half, y + half, w - s.border, h - s.border, [2, s.radius, 2, s.radius])}" fill="${s.fill}" stroke="${s.stroke}" stroke-width="${s.border}" stroke-dasharray="6 4"/>`;
  }
  // double: two thin lines with a gap, a third of the border each
  const third = s.border / 3;
  const ring = (inset: number) => roundedRect(x + inset, y + inset, w - 2 * inset, h - 2 * inset, [s.radius - inset, s.radius - inset, s.radius - inset, s.radius - inset]);
  return (
    `<path d="${ring(third / 2)}" fill="${s.fill}" stroke="${s.stroke}" stroke-width="${n2(third)}"/>` +
    `<path d="${ring(s.border - third / 2)}" fill="none" stroke="${s.stroke}" stroke-width="${n2(third)}"/>`
  );
}

/** The sourcing badge: a pill with a filled, half or empty dot and the word. */
function badge(status: SourcingStatus, word: string, x: number, top: number): string {
  const st = BADGE_STYLE[status];
  const w = badgeWidth(word);
  const cy = top + BADGE.height / 2;
  const cx = x + BADGE.padX + 1 + BADGE.dot / 2;
  const r = BADGE.dot / 2;
  const dot =
    status === 'sourced'
      ? `<circle cx="${n2(cx)}" cy="${n2(cy)}" r="${r}" fill="${st.text}"/>`
      : status === 'backed'
        ? `<circle cx="${n2(cx)}" cy="${n2(cy)}" r="${r - 0.5}" fill="none" stroke="${st.text}"/><path d="M${n2(cx)} ${n2(cy - r + 0.5)}A${r - 0.5} ${r - 0.5} 0 0 0 ${n2(cx)} ${n2(cy + r - 0.5)}Z" fill="${st.text}"/>`
        : `<circle cx="${n2(cx)}" cy="${n2(cy)}" r="${r - 0.5}" fill="none" stroke="${st.text}"/>`;
  return (
    `<g class="badge badge-${status}"><rect x="${n2(x + 0.5)}" y="${n2(top + 0.5)}" width="${w - 1}" height="${BADGE.height - 1}" rx="${BADGE.height / 2}" fill="${st.fill}" stroke="${st.stroke}"${st.dashed ? ' stroke-dasharray="3 2"' : ''}/>` +
    dot +
    text(x + BADGE.padX + 1 + BADGE.dot + BADGE.dotGap, top, BADGE.height, SMALL_STYLE, st.text, word) +
    `</g>`
  );
}

function drawNode(p: PlacedNode, o: ExportLayout['options'], dx: number, dy: number): string {
  const t = MESSAGES[o.locale].editor;
  const s = KIND_STYLE[p.node.kind];
  const b = { ...p.box, x: p.box.x + dx, y: p.box.y + dy };
  const cx = b.x + p.geometry.content.x;
  let top = b.y + p.geometry.content.y;
  const out: string[] = [`<g class="node kind-${p.node.kind.toLowerCase()}" data-id="${esc(p.node.id)}">`, cardShape(p.node.kind, b)];
  out.push(icon(KIND_ICON[p.node.kind], cx, top + (HEAD_HEIGHT - ICON_SIZE) / 2, ICON_SIZE, s.accent));
  out.push(text(cx + ICON_SIZE + 5, top, HEAD_HEIGHT, KIND_STYLE_TEXT, s.accent, t.kinds[p.node.kind].toLocaleUpperCase(o.locale)));
  if (o.badges) {
    let right = cx + p.geometry.content.width;
    if (p.citations > 0) {
      const count = String(p.citations);
      const w = 12 + 2 + measure(count, SMALL_STYLE);
      right -= w;
      out.push(icon(PAPERCLIP_ICON, right, top + 3, 12, TEXT_COLOUR), text(right + 14, top, HEAD_HEIGHT, SMALL_STYLE, TEXT_COLOUR, count));
      right -= 5;
    }
    if (p.sourcing) {
      const word = t.sourcing[p.sourcing];
      right -= badgeWidth(word);
      out.push(badge(p.sourcing, word, right, top + (HEAD_HEIGHT - BADGE.height) / 2));
    }
  }
  top += HEAD_HEIGHT + HEAD_GAP;
  const baseY = (i: number) => n2(baseline(top + i * TITLE_LINE, TITLE_LINE, TITLE_STYLE.size));
  out.push(
    `<text class="title" font-size="${TITLE_STYLE.size}" font-weight="${TITLE_STYLE.weight}" fill="${TEXT_COLOUR}" xml:space="preserve">` +
      p.geometry.titleLines.map((l, i) => `<tspan x="${n2(cx)}" y="${baseY(i)}">${esc(l)}</tspan>`).join('') +
      `</text>`,
  );
  top += p.geometry.titleLines.length * TITLE_LINE;
  if (p.geometry.tagRows.length) top += TAG.gapAbove;
  for (const row of p.geometry.tagRows) {
    for (const chip of row) {
      const x = cx + chip.x;
      const colour = isColour(chip.tag.color) ? chip.tag.color : '#999999';
      out.push(
        `<rect x="${n2(x + 0.5)}" y="${n2(top + 0.5)}" width="${chip.width - 1}" height="${TAG.height - 1}" rx="${TAG.height / 2}" fill="#ffffff" stroke="#c9c9c2"/>`,
        `<rect x="${n2(x + 1 + TAG.padX)}" y="${n2(top + (TAG.height - TAG.dot) / 2)}" width="${TAG.dot}" height="${TAG.dot}" rx="2" fill="${colour}" stroke="#000000" stroke-opacity="0.35"/>`,
        text(x + 1 + TAG.padX + TAG.dot + TAG.dotGap, top, TAG.height, TAG_STYLE, TEXT_COLOUR, chip.tag.name),
      );
    }
    top += TAG.height + TAG.rowGap;
  }
  out.push('</g>');
  return out.join('');
}

function arrowhead(type: RelationType, x: number, y: number, angle: number): string {
  const st = RELATION_STYLE[type];
  const parts = MARKER[type]
    .map((m) => `<path d="${m.d}" fill="${m.fill === 'stroke' ? st.stroke : m.fill === 'white' ? '#ffffff' : 'none'}" stroke="${st.stroke}" stroke-width="${m.width}"/>`)
    .join('');
  return `<g transform="translate(${n2(x)} ${n2(y)}) rotate(${n2(angle)}) scale(${n2(MARKER_SIZE / 12)}) translate(-11 -6)">${parts}</g>`;
}

const DASH = { solid: '', dashed: ' stroke-dasharray="3 2"', dotted: ' stroke-dasharray="1 1.5"' } as const;

function drawRelation(r: PlacedRelation, dx: number, dy: number): string {
  const st = RELATION_STYLE[r.relation.type];
  return (
    `<g class="relation rel-${r.relation.type.toLowerCase()}" data-id="${esc(r.relation.id)}" transform="translate(${n2(dx)} ${n2(dy)})">` +
    `<path d="${r.curve.d}" fill="none" stroke="${st.stroke}" stroke-width="${st.width}"/>` +
    arrowhead(r.relation.type, r.curve.end.x, r.curve.end.y, r.curve.endAngle) +
    `</g>`
  );
}

function drawLabel(r: PlacedRelation, dx: number, dy: number): string {
  const st = RELATION_STYLE[r.relation.type];
  const x = r.curve.mid.x + dx - r.labelWidth / 2;
  const top = r.curve.mid.y + dy - EDGE_LABEL.height / 2;
  const bw = st.labelBorderWidth;
  return (
    `<g class="relation-label">` +
    `<rect x="${n2(x + bw / 2)}" y="${n2(top + bw / 2)}" width="${n2(r.labelWidth - bw)}" height="${n2(EDGE_LABEL.height - bw)}" rx="${EDGE_LABEL.height / 2}" fill="#ffffff" stroke="${st.label}" stroke-width="${bw}"${DASH[st.labelBorder]}/>` +
    text(x + EDGE_LABEL.padX + 1, top, EDGE_LABEL.height, SMALL_STYLE, st.label, r.label) +
    `</g>`
  );
}

function drawLegend(l: ExportLayout): string {
  const legend = l.legend!;
  const t = MESSAGES[l.options.locale].editor;
  const out: string[] = ['<g class="legend">'];
  let x = MARGIN;
  const rowTop = (i: number) => legend.y + 20 + i * LEGEND_ROW;
  const column = (heading: string, rows: string[]) => {
    out.push(text(x, legend.y, 18, HEADING, TEXT_COLOUR, heading), ...rows);
  };
  column(
    t.legendNodes,
    NODE_KINDS.map((k, i) => icon(KIND_ICON[k], x, rowTop(i) + 3, ICON_SIZE, KIND_STYLE[k].accent) + text(x + ICON_SIZE + 6, rowTop(i), LEGEND_ROW, LEGEND_TEXT, TEXT_COLOUR, t.kinds[k])),
  );
  x += legend.columns[0];
  column(
    t.legendRelations,
    RELATION_TYPES.map((r, i) => {
      const st = RELATION_STYLE[r];
      const cy = rowTop(i) + LEGEND_ROW / 2;
      return (
        `<path d="M${n2(x + 2)} ${n2(cy)}H${n2(x + 34)}" stroke="${st.stroke}" stroke-width="${st.width}"/>` +
        arrowhead(r, x + 40, cy, 0) +
        text(x + 50, rowTop(i), LEGEND_ROW, LEGEND_TEXT, TEXT_COLOUR, `${st.glyph} ${t.relationNames[r]}`)
      );
    }),
  );
  x += legend.columns[1];
  if (l.options.badges) {
    column(
      t.legendSourcing,
      (['sourced', 'backed', 'unsourced'] as const).map((s, i) => badge(s, t.sourcing[s], x, rowTop(i) + (LEGEND_ROW - BADGE.height) / 2)),
    );
  }
  out.push('</g>');
  return out.join('');
}

const svgOpen = (l: ExportLayout) =>
  `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${l.width}" height="${l.height}" viewBox="0 0 ${l.width} ${l.height}" font-family="${l.options.fontStack ?? FONT_STACK}">`;

/** A self-contained piece of the drawing, and the rows (document coordinates) it can paint. */
export interface Piece {
  svg: string;
  top: number;
  bottom: number;
}

/** room above and below a piece's shapes for strokes, arrowheads and antialiasing */
const PIECE_PAD = MARKER_SIZE;

/**
 * The drawing in the order it is painted, as self-contained pieces (the background, the
 * title, each relation, each label, each node, the legend, the bibliography), so that a
 * slow consumer (the PDF writer) can take them in chunks and let other work run between,
 * and the PNG renderer can draw strips with only the pieces that reach into each.
 */
export function placedPieces(l: ExportLayout): Piece[] {
  const t = MESSAGES[l.options.locale].editor;
  const out: Piece[] = [];
  const add = (svg: string, top: number, bottom: number) => out.push({ svg, top: top - PIECE_PAD, bottom: bottom + PIECE_PAD });
  if (l.options.background === 'white') add(`<rect class="background" width="${l.width}" height="${l.height}" fill="#ffffff"/>`, 0, l.height);
  if (l.titleLines.length) {
    add(
      `<text class="map-title" font-size="${TITLE_BLOCK.size}" font-weight="${TITLE_BLOCK.weight}" fill="${TEXT_COLOUR}">` +
        l.titleLines.map((line, i) => `<tspan x="${MARGIN}" y="${n2(baseline(MARGIN + i * TITLE_BLOCK_LINE, TITLE_BLOCK_LINE, TITLE_BLOCK.size))}">${esc(line)}</tspan>`).join('') +
        `</text>`,
      MARGIN,
      MARGIN + l.titleLines.length * TITLE_BLOCK_LINE,
    );
  }
  const { x: dx, y: dy } = l.offset;
  for (const r of l.relations) {
    const ys = r.curve.hull.map((q) => q.y);
    add(drawRelation(r, dx, dy), Math.min(...ys) + dy, Math.max(...ys) + dy);
  }
  for (const r of l.relations) add(drawLabel(r, dx, dy), r.curve.mid.y + dy - EDGE_LABEL.height / 2, r.curve.mid.y + dy + EDGE_LABEL.height / 2);
  for (const p of l.nodes) add(drawNode(p, l.options, dx, dy), p.box.y + dy, p.box.y + dy + p.box.height);
  if (l.legend) add(drawLegend(l), l.legend.y, l.legend.y + l.legend.height);
  if (l.bibliography) {
    const b = l.bibliography;
    add(
      `<g class="bibliography">` +
        text(MARGIN, b.y, 18, HEADING, TEXT_COLOUR, t.exportBibliography) +
        `<text font-size="${BIB_TEXT.size}" font-weight="${BIB_TEXT.weight}" fill="${TEXT_COLOUR}" xml:space="preserve">` +
        b.lines.map((line, i) => `<tspan x="${MARGIN}" y="${n2(baseline(b.y + 20 + i * BIB_LINE, BIB_LINE, BIB_TEXT.size))}">${esc(line)}</tspan>`).join('') +
        `</text></g>`,
      b.y,
      b.y + 20 + b.lines.length * BIB_LINE,
    );
  }
  return out;
}

export const exportPieces = (l: ExportLayout): string[] => placedPieces(l).map((p) => p.svg);

/**
 * Rows `y0` to `y0 + rows` of the drawing scaled by `scale` (pixels), as an SVG document of
 * its own, `width` × `rows` pixels, holding only the pieces that reach into those rows.
 * Drawn one under the other, the strips are the drawing at that scale: each pixel is
 * painted by the same shapes as in the whole (the pieces left out lie outside the strip).
 */
export function drawStrip(l: ExportLayout, pieces: readonly Piece[], scale: number, y0: number, rows: number, width: number): string {
  const [top, bottom] = [y0 / scale, (y0 + rows) / scale];
  const body = pieces.filter((p) => p.bottom >= top && p.top <= bottom).map((p) => p.svg);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${width}" height="${rows}" viewBox="0 0 ${width} ${rows}" font-family="${l.options.fontStack ?? FONT_STACK}">` +
    `<g transform="translate(0 ${-y0}) scale(${scale})">${body.join('')}</g></svg>`
  );
}

/** Pieces of a drawing as SVG documents of the drawing's full size, `per` pieces each. */
export function exportChunks(l: ExportLayout, per: number): string[] {
  const pieces = exportPieces(l);
  const chunks: string[] = [];
  for (let i = 0; i < pieces.length; i += per) chunks.push(`${svgOpen(l)}${pieces.slice(i, i + per).join('')}</svg>`);
  return chunks;
}

/** The SVG document of a layout. */
export function drawExport(l: ExportLayout): string {
  const defs = l.options.fontFaces ? `<defs><style>${l.options.fontFaces.replace(/[<>]/g, '')}</style></defs>` : '';
  return `${svgOpen(l)}${defs}${exportPieces(l).join('')}</svg>`;
}

/** The whole thing: a map drawn as an SVG document, with its size. */
export function renderMapSvg(map: RenderMap, options: RenderOptions): { svg: string; width: number; height: number; nodes: number } {
  const layout = layoutExport(map, options);
  return { svg: drawExport(layout), width: layout.width, height: layout.height, nodes: layout.nodes.length };
}
