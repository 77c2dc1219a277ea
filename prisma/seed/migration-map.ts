// PLACEHOLDER written by the lead so the app builds; helper-1 replaces this whole file.
export const seedMap = {
  title: 'Migratie, integratie en draagvlak',
  description: '',
  language: 'nl' as const,
  sources: [],
  tags: [],
  nodes: [],
  relations: [],
};
