// Turns an API problem+json answer into one readable sentence for the UI. Given the UI's
// words, a validation error names the field in the user's language ("Titel: vul dit in")
// instead of the API's field name and English message ("title: Required.").
export interface ProblemWords {
  fieldNames: Record<string, string>;
  fieldRequired: string;
  fieldTooLong: string;
  fieldInvalid: string;
}

const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (m, k: string) => values[k] ?? m);

/** One validation error in words: the field's own name, and the known messages translated. */
export function fieldError(path: string, message: string, words: ProblemWords): string {
  const key = path.split('.').filter((p) => !/^\d+$/.test(p)).at(-1) ?? path;
  const field = words.fieldNames[key] ?? key;
  if (/^Required\.?$/.test(message) || /at least 1 character/i.test(message)) return fill(words.fieldRequired, { field });
  const max = /^At most (\d+) characters\.?$/.exec(message) ?? /at most (\d+) character/i.exec(message);
  if (max) return fill(words.fieldTooLong, { field, max: max[1] });
  return fill(words.fieldInvalid, { field, message });
}

export async function problemMessage(res: Response, fallback: string, words?: ProblemWords): Promise<string> {
  try {
    const p = (await res.json()) as { title?: string; detail?: string; errors?: { path: string; message: string }[] };
    if (p.errors?.length) return p.errors.map((e) => (words ? fieldError(e.path, e.message, words) : `${e.path}: ${e.message}`)).join(' ');
    return p.detail || p.title || fallback;
  } catch {
    return fallback;
  }
}
