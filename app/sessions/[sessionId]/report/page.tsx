import { getMessages } from '@/lib/i18n/server';
import { ReportView } from '@/components/debate/ReportView';
import '@/components/debate/debate.css';

export const dynamic = 'force-dynamic';

export default async function ReportPage({ params }: { params: Promise<{ sessionId: string }> }) {
  const [{ sessionId }, { t }] = await Promise.all([params, getMessages()]);
  return <ReportView sessionId={sessionId} t={t.sessions} />;
}
