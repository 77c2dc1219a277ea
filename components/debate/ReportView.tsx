'use client';
// The session's report, printable (print CSS hides the buttons) and downloadable as JSON.
import { useEffect, useState } from 'react';
import Link from 'next/link';
import { send, sessionApi, type NodeResult, type ParticipantOut, type ProposalOut } from '@/lib/client/debate';
import { fill } from '@/components/editor/context';
import type { SessionText } from '@/lib/i18n/session-messages';
import { ResultBadge, ghostsOf } from './parts';

interface Report {
  session: { id: string; mapId: string; title: string; mode: string; format: string; status: string; createdAt: string; endedAt: string | null; endRevision: number | null };
  participants: ParticipantOut[];
  timeline: { seq: number; type: string; at: string; data: Record<string, unknown> | null }[];
  proposals: ProposalOut[];
  results: (NodeResult & { title: string | null })[];
}

export function ReportView({ sessionId, t }: { sessionId: string; t: SessionText }) {
  const [report, setReport] = useState<Report | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    send<Report>('GET', sessionApi(sessionId, '/report')).then(setReport, (e: Error) => setError(e.message));
  }, [sessionId]);
  if (!report) return <p role="status">{error ?? '…'}</p>;
  const nameOf = (id: string) => report.participants.find((p) => p.id === id)?.name ?? '?';
  return (
    <div className="debate report" data-testid="report">
      <h1>{t.report}: {report.session.title}</h1>
      <p className="no-print">
        <button type="button" onClick={() => window.print()}>{t.print}</button>{' '}
        <a href={`${sessionApi(sessionId, '/report')}?download=1`}>{t.downloadJson}</a>
      </p>
      {report.session.endRevision !== null && (
        <p><Link href={`/maps/${report.session.mapId}`}>{fill(t.mapAtEnd, { revision: report.session.endRevision })}</Link></p>
      )}
      <h2>{t.participants}</h2>
      <ul>{report.participants.map((p) => <li key={p.id}>{p.name} ({t.sides[p.side]}){p.removed ? ' ✕' : ''}</li>)}</ul>
      <h2>{t.proposals}</h2>
      <ul>
        {report.proposals.map((p) => (
          <li key={p.id}>{nameOf(p.participantId)}: {ghostsOf(p).map((g) => g.title).join('; ')} — {t.status[p.status]}{p.reason ? ` (${p.reason})` : ''}</li>
        ))}
      </ul>
      <h2>{t.results}</h2>
      <ul>{report.results.map((r) => <li key={r.nodeId}>{r.title ?? <code>{r.nodeId.slice(0, 8)}</code>} <ResultBadge r={r} t={t} /></li>)}</ul>
      <h2>{t.timeline}</h2>
      <ol>{report.timeline.map((e) => <li key={e.seq} data-type={e.type}><time>{new Date(e.at).toLocaleTimeString()}</time> {t.events[e.type] ?? e.type}</li>)}</ol>
    </div>
  );
}
