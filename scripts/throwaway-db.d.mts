export function withPostgresDatabase<T>(adminUrl: string, fn: (url: string) => Promise<T>, prefix?: string): Promise<T>;
