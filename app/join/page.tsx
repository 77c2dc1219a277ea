import { getMessages } from '@/lib/i18n/server';
import { JoinForm } from '@/components/debate/JoinForm';
import '@/components/debate/debate.css';

export const dynamic = 'force-dynamic';

export default async function JoinPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { t } = await getMessages();
  const code = (await searchParams).code;
  return <JoinForm initialCode={typeof code === 'string' ? code.slice(0, 20) : ''} t={t.sessions} />;
}
