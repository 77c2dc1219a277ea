import { getMessages } from '@/lib/i18n/server';
import { ModeratorConsole } from '@/components/debate/ModeratorConsole';
import '@/components/debate/debate.css';

export const dynamic = 'force-dynamic';

export default async function ModeratePage({ params }: { params: Promise<{ sessionId: string }> }) {
  const [{ sessionId }, { t }] = await Promise.all([params, getMessages()]);
  return <ModeratorConsole sessionId={sessionId} t={t.sessions} />;
}
