'use client';
// What the shapes, strokes and badges mean.
import { NODE_KINDS, RELATION_TYPES } from '@/lib/argument/model';
import { useEditor } from './context';
import { KindIcon, RELATION_GLYPH, SOURCING_GLYPH } from './icons';
import { MarkerShape } from './edges/RelationEdges';

export function Legend() {
  const { t, readOnly } = useEditor();
  return (
    <details className="dropdown">
      <summary className="button secondary">{t.legend}</summary>
      <div className="dropdown-panel legend" data-testid="legend">
        <h2>{t.legendNodes}</h2>
        <ul>
          {NODE_KINDS.map((k) => (
            <li key={k} className={`legend-node kind-${k.toLowerCase()}`}>
              <KindIcon kind={k} /> {t.kinds[k]}
            </li>
          ))}
        </ul>
        <h2>{t.legendRelations}</h2>
        <ul>
          {RELATION_TYPES.map((r) => (
            <li key={r}>
              <svg width="50" height="12" aria-hidden="true">
                <line x1="2" y1="6" x2="38" y2="6" className={`rel-path rel-${r.toLowerCase()}`} />
                <g transform="translate(36 0)">
                  <MarkerShape type={r} />
                </g>
              </svg>
              <span aria-hidden="true">{RELATION_GLYPH[r]}</span> {t.relationNames[r]}
            </li>
          ))}
        </ul>
        <h2>{t.legendSourcing}</h2>
        <ul>
          {(['sourced', 'backed', 'unsourced'] as const).map((s) => (
            <li key={s}>
              <span className={`sourcing-badge ${s}`}>
                <span aria-hidden="true">{SOURCING_GLYPH[s]}</span> {t.sourcing[s]}
              </span>{' '}
              {t.sourcingHelp[s]}
            </li>
          ))}
        </ul>
        <h2>{t.shortcuts}</h2>
        <p className="shortcut-list">{readOnly ? t.shortcutListReader : t.shortcutList}</p>
      </div>
    </details>
  );
}
