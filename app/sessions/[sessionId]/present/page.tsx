import { getMessages } from '@/lib/i18n/server';
import { PresenterView } from '@/components/debate/PresenterView';
import '@xyflow/react/dist/style.css';
import '@/components/editor/editor.css';
import '@/components/debate/debate.css';

export const dynamic = 'force-dynamic';

export default async function PresentPage({ params }: { params: Promise<{ sessionId: string }> }) {
  const [{ sessionId }, { locale, t }] = await Promise.all([params, getMessages()]);
  return <PresenterView sessionId={sessionId} t={t.sessions} te={t.editor} ts={t.sourcing} locale={locale} />;
}
