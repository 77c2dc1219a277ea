import { getMessages } from '@/lib/i18n/server';
import { ParticipantView } from '@/components/debate/ParticipantView';
import '@xyflow/react/dist/style.css';
import '@/components/editor/editor.css';
import '@/components/debate/debate.css';

export const dynamic = 'force-dynamic';

export default async function SessionPage({ params }: { params: Promise<{ sessionId: string }> }) {
  const [{ sessionId }, { locale, t }] = await Promise.all([params, getMessages()]);
  return <ParticipantView sessionId={sessionId} t={t.sessions} te={t.editor} ts={t.sourcing} locale={locale} />;
}
