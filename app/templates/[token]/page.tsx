import type { Metadata } from 'next';
import Link from 'next/link';
import { getMessages } from '@/lib/i18n/server';
import { currentUser } from '@/lib/server/session';
import { HttpError } from '@/lib/server/http';
import { templateInfo } from '@/lib/server/templates';
import { fillIn } from '@/lib/i18n/sharing-messages';
import { TemplateCopyButton } from '@/components/maps/TemplateCopyButton';
import '@/components/maps/sharing.css';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Pleit', referrer: 'no-referrer' };

type Props = { params: Promise<{ token: string }> };

/** A class template link: the signed-in visitor gets (or opens) their own copy. */
export default async function TemplatePage({ params }: Props) {
  const { token } = await params;
  const [{ locale, t: all }, user] = await Promise.all([getMessages(), currentUser()]);
  const t = all.sharing;
  if (!user) {
    return (
      <main className="page share-page" data-testid="template-page">
        <h1>{t.templates}</h1>
        <p>{t.templateSignIn}</p>
        <p>
          <Link className="button" href={`/signin?callbackUrl=${encodeURIComponent(`/templates/${token}`)}`}>{t.signInToSee}</Link>
        </p>
      </main>
    );
  }
  let info: Awaited<ReturnType<typeof templateInfo>>;
  try {
    info = await templateInfo(token, user.id);
  } catch (e) {
    if (!(e instanceof HttpError) || e.status !== 404) throw e;
    return (
      <main className="page share-page" data-testid="template-page">
        <h1>{t.templates}</h1>
        <p>{t.templateGone}</p>
        <p><Link href="/maps">{t.backToMaps}</Link></p>
      </main>
    );
  }
  return (
    <main className="page share-page" data-testid="template-page">
      <h1>{fillIn(t.templatePageTitle, { title: info.title })}</h1>
      {info.description && <p>{info.description}</p>}
      <p>{fillIn(t.templateIntro, { name: info.createdByName })}</p>
      <p>{info.ownerReads && !info.isMaker ? fillIn(t.templateOwnerReads, { name: info.createdByName }) : t.templateOwnerDoesNotRead}</p>
      {info.isMaker && <p className="hint">{t.templateIsYours}</p>}
      {info.copy ? (
        <>
          <p>{t.haveCopy}</p>
          <p><Link className="button" href={`/maps/${info.copy.mapId}`} data-testid="open-my-copy">{t.openMyCopy}</Link></p>
        </>
      ) : (
        <TemplateCopyButton token={token} locale={locale} title={info.title} />
      )}
    </main>
  );
}
