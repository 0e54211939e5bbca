// The message shown beside a field that needs fixing, linked to the field for screen readers.
export function errorId(key: string): string {
  return `profile-error-${key.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

/** Props that tie an input to its message: aria-invalid and aria-describedby when there is one. */
export function describedBy(key: string, message: string | undefined): { 'aria-invalid': boolean; 'aria-describedby'?: string } {
  return message ? { 'aria-invalid': true, 'aria-describedby': errorId(key) } : { 'aria-invalid': false };
}

export function FieldError({ field, message }: { readonly field: string; readonly message: string | undefined }) {
  if (!message) return null;
  return (
    <span className="field-error" id={errorId(field)}>
      {message}
    </span>
  );
}
