'use client';
// Attaching a source's text: paste it, or upload a .txt, .md, .html or .pdf file (the
// server extracts the text: lib/server/sourcing/extract.ts).
import { useId, useState } from 'react';
import type { Messages } from '@/lib/i18n/messages';
import { ACCEPTED_FILES, SOURCE_TEXT_LIMITS } from '@/lib/sourcing/limits';
import { FormFooter } from './FormFooter';

export function TextForm({
  t,
  sourceTitle,
  busy,
  error,
  onSubmit,
  onCancel,
}: {
  t: Messages['sourcing'];
  sourceTitle: string;
  busy: boolean;
  error: string | null;
  onSubmit: (content: string | File) => void;
  onCancel: () => void;
}) {
  const id = useId();
  const [text, setText] = useState('');
  const [file, setFile] = useState<File | null>(null);
  return (
    <form
      className="form text-form"
      aria-label={`${t.attachText}: ${sourceTitle}`}
      onSubmit={(e) => {
        e.preventDefault();
        if (file) onSubmit(file);
        else if (text.trim()) onSubmit(text);
      }}
    >
      <label>
        {t.pasteText}
        <textarea value={text} rows={8} onChange={(e) => setText(e.target.value)} disabled={!!file} />
      </label>
      <label>
        {t.uploadFile}
        <input type="file" accept={ACCEPTED_FILES} aria-describedby={`${id}-hint`} onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        <span id={`${id}-hint`} className="hint">
          {t.uploadHint.replace('{mb}', String(SOURCE_TEXT_LIMITS.uploadBytes / 1024 / 1024))}
        </span>
      </label>
      <FormFooter error={error} busy={busy} disabled={!file && !text.trim()} submitLabel={t.saveText} workingLabel={t.working} cancelLabel={t.cancel} onCancel={onCancel} />
    </form>
  );
}
