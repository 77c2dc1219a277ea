'use client';
// The live connection's state and who else is on the map (members see names; other
// readers a count). Nothing here is stored: it comes from the map's presence.
import { fill, useEditor, useLive } from './context';

const MAX_SHOWN = 5;

export function Presence() {
  const { t } = useEditor();
  const connection = useLive((s) => s.connection);
  const closedReason = useLive((s) => s.closedReason);
  const count = useLive((s) => s.count);
  const viewers = useLive((s) => s.viewers);
  // a class of thirty does not fit in the header: the first few, then "+n" (yourself first)
  const ordered = [...viewers.filter((v) => v.self), ...viewers.filter((v) => !v.self)];
  const shown = ordered.slice(0, MAX_SHOWN);
  const rest = ordered.slice(MAX_SHOWN);
  const reason = closedReason && (t.liveClosed[closedReason as keyof typeof t.liveClosed] ?? t.liveClosed.closed);
  return (
    <div className="presence" aria-label={t.presenceLabel} role="group" data-testid="presence">
      <span className={`live-status ${connection}`} data-testid="live-status" data-connection={connection} title={connection === 'closed' ? (reason ?? undefined) : t.liveHelp}>
        <span aria-hidden="true" className="live-dot" />
        {/* live is the normal state: a dot says it; anything else is spelled out */}
        <span className={connection === 'live' ? 'visually-hidden' : ''}>{connection === 'closed' && reason ? reason : t.live[connection]}</span>
      </span>
      {count > 0 && (
        <span className={`presence-count${viewers.length ? ' visually-hidden' : ''}`} data-testid="presence-count" data-count={count}>
          {count === 1 ? t.presenceOne : fill(t.presenceCount, { n: count })}
        </span>
      )}
      {viewers.length > 0 && (
        <ul className="presence-list">
          {shown.map((v) => (
            <li key={v.clientId} className={v.self ? 'self' : ''} title={v.self ? `${v.name} (${t.presenceYou})` : v.name} data-testid="presence-viewer">
              <span aria-hidden="true" className="presence-initials">{v.initials}</span>
              <span className="visually-hidden">{v.self ? `${v.name} (${t.presenceYou})` : v.name}</span>
            </li>
          ))}
          {rest.length > 0 && (
            <li title={rest.map((v) => v.name).join(', ')} data-testid="presence-more">
              <span className="presence-initials">+{rest.length}</span>
            </li>
          )}
        </ul>
      )}
    </div>
  );
}
