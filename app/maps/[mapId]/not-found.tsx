// What /maps/{id} (and its sources page) shows when the map cannot be shown: the answer
// is a 404 for a map that does not exist and for a private map alike, with the same
// page (components/maps/NoAccess.tsx: ask for access, or sign in).
import { getLocale } from '@/lib/i18n/server';
import { currentUser } from '@/lib/server/session';
import { NoAccess } from '@/components/maps/NoAccess';

export default async function MapNotFound() {
  const [locale, user] = await Promise.all([getLocale(), currentUser()]);
  return <NoAccess locale={locale} signedIn={!!user} />;
}
