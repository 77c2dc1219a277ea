// The part of citation-js (0.8) that lib/server/sourcing/bibliography.ts uses; the packages
// ship no type declarations.
declare module '@citation-js/core' {
  export interface FormatOptions {
    format?: 'text' | 'html' | 'string' | 'object' | 'real';
    template?: string;
    lang?: string;
    [option: string]: unknown;
  }
  export class Cite {
    constructor(data: unknown, options?: Record<string, unknown>);
    data: Record<string, unknown>[];
    format(name: 'bibliography' | 'citation' | 'bibtex' | 'biblatex' | 'ris' | 'data', options?: FormatOptions): string;
  }
  interface Register<T> {
    add(name: string, value: T): void;
    has(name: string): boolean;
    get(name: string): T;
  }
  export const plugins: {
    config: { get(plugin: '@csl'): { styles: Register<string>; locales: Register<string> } };
  };
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
