import { getMessages } from '@/lib/i18n/server';
import { ModeratorConsole } from '@/components/debate/ModeratorConsole';
import '@xyflow/react/dist/style.css';
import '@/components/editor/editor.css';
import '@/components/debate/debate.css';

export const dynamic = 'force-dynamic';

export default async function ModeratePage({ params }: { params: Promise<{ sessionId: string }> }) {
  const [{ sessionId }, { locale, t }] = await Promise.all([params, getMessages()]);
  return <ModeratorConsole sessionId={sessionId} t={t.sessions} te={t.editor} ts={t.sourcing} locale={locale} />;
}
