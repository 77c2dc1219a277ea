// File names for downloads (exports, bibliographies), the same in the browser and on the server.

/** "Migratie, integratie & draagvlak" → "migratie-integratie-draagvlak" */
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
