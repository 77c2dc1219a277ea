/** A message with its {placeholders} filled in; an unknown placeholder is left as written. */
export const fill = (template: string, values: Record<string, string | number>): string => template.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
