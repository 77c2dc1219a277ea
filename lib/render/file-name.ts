// File names for downloads (exports, bibliographies), the same in the browser and on the server.

/** "Migratie, integratie & draagvlak" → "migratie-integratie-draagvlak": ASCII only (a header's `filename`). */
export function fileSlug(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'map';
}

/**
 * The name a person sees: letters and digits of every script kept ("Карта миграции" →
 * "карта-миграции", "Ærø" → "ærø"; compatibility forms folded: "ﬁ" → "fi"), anything else a hyphen; at most 60 characters.
 * Headers send it as `filename*` with the ASCII slug as `filename` beside it.
 */
export function fileName(title: string): string {
  const name = [...title.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{M}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '')]
    .slice(0, 60)
    .join('')
    .replace(/-+$/, '');
  return name || fileSlug(title);
}
