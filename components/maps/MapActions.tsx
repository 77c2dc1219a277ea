'use client';
// "Share" and "Manage" on a card of My maps; the list is reloaded when a dialog closes.
import { useRouter } from 'next/navigation';
import type { Locale } from '@/lib/i18n/messages';
import { ShareButton } from './ShareDialog';

export function MapActions({ mapId, locale }: { mapId: string; locale: Locale }) {
  const router = useRouter();
  return (
    <span className="map-actions">
      <ShareButton mapId={mapId} locale={locale} onChanged={() => router.refresh()} />
      <ShareButton mapId={mapId} locale={locale} mode="manage" onChanged={() => router.refresh()} />
    </span>
  );
}
