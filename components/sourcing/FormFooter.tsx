'use client';
// The end of every sourcing form: its error, if any, read out as an alert, then the
// submit button (showing that it is working) and Cancel.
export function FormFooter({ error, busy, disabled, submitLabel, workingLabel, cancelLabel, onCancel }: {
  error: string | null;
  busy: boolean;
  /** besides while busy */
  disabled?: boolean;
  submitLabel: string;
  workingLabel: string;
  cancelLabel: string;
  onCancel: () => void;
}) {
  return (
    <>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <div className="row">
        <button type="submit" disabled={busy || disabled}>
          {busy ? workingLabel : submitLabel}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          {cancelLabel}
        </button>
      </div>
    </>
  );
}
