'use client';
import { useRouter } from 'next/navigation';
import type { Locale } from '@/lib/i18n/messages';

/** Nederlands / English: stored in a cookie for a year. */
export function LanguageSwitch({ locale, label }: { locale: Locale; label: string }) {
  const router = useRouter();
  const choose = (next: Locale) => {
    document.cookie = `pleit-lang=${next}; path=/; max-age=31536000; samesite=lax`;
    router.refresh();
  };
  return (
    <span className="lang-switch" role="group" aria-label={label}>
      <button type="button" className={locale === 'nl' ? '' : 'secondary'} aria-pressed={locale === 'nl'} onClick={() => choose('nl')} lang="nl">NL</button>{' '}
      <button type="button" className={locale === 'en' ? '' : 'secondary'} aria-pressed={locale === 'en'} onClick={() => choose('en')} lang="en">EN</button>
    </span>
  );
}
