// Warnings of a read or a conversion, each naming its file and row or element.
interface Props {
  readonly warnings: readonly string[];
}

export function WarningList({ warnings }: Props) {
  if (warnings.length === 0) return null;
  return (
    <details className="import-warnings" open={warnings.length <= 5}>
      <summary>
        {warnings.length === 1 ? '1 warning' : `${warnings.length} warnings`} (the rest of each row is still imported)
      </summary>
      <ul>
        {warnings.map((w, i) => (
          <li key={i}>{w}</li>
        ))}
      </ul>
    </details>
  );
}
