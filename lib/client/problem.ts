// Turns an API problem+json answer into one readable sentence for the UI.
export async function problemMessage(res: Response, fallback: string): Promise<string> {
  try {
    const p = (await res.json()) as { title?: string; detail?: string; errors?: { path: string; message: string }[] };
    if (p.errors?.length) return p.errors.map((e) => `${e.path}: ${e.message}`).join(' ');
    return p.detail || p.title || fallback;
  } catch {
    return fallback;
  }
}
