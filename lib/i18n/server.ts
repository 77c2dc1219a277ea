import { cookies, headers } from 'next/headers';
import { MESSAGES, pickLocale, type Locale, type Messages } from './messages';

export const LOCALE_COOKIE = 'pleit-lang';

export async function getLocale(): Promise<Locale> {
  const [c, h] = await Promise.all([cookies(), headers()]);
  return pickLocale(c.get(LOCALE_COOKIE)?.value, h.get('accept-language'));
}

export async function getMessages(): Promise<{ locale: Locale; t: Messages }> {
  const locale = await getLocale();
  return { locale, t: MESSAGES[locale] };
}
