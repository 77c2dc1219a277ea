export function migrate(url: string, log?: (message: string) => void, upTo?: string): Promise<void>;
export function providerOf(url: string): 'postgresql' | 'sqlite';
export function sqliteFile(url: string): string;
