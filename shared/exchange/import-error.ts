// Errors and warnings of an import. Every message says which file and where, so a user
// holding a 2,000-line export can find the offending element or row.

/** An import that cannot go ahead. Nothing was changed when this is thrown. */
export class ImportError extends Error {
  constructor(
    readonly file: string,
    /** "line 12", "node \"a\"", "row 5": the place, already phrased for people. */
    readonly where: string | null,
    readonly reason: string,
  ) {
    super(where ? `${file}, ${where}: ${reason}` : `${file}: ${reason}`);
    this.name = 'ImportError';
  }
}

/**
 * Collects warnings, at most `perKind` of each kind, then one "…and N more" line per kind,
 * so a file with 50,000 edges to missing nodes gives a readable report instead of a flood.
 */
export class WarningLog {
  private readonly lines: string[] = [];
  private readonly counts = new Map<string, number>();

  constructor(private readonly perKind = 20) {}

  add(kind: string, message: string): void {
    const seen = this.counts.get(kind) ?? 0;
    this.counts.set(kind, seen + 1);
    if (seen < this.perKind) this.lines.push(message);
  }

  /** Adds the warnings of an earlier step (already summarised) unchanged. */
  addAll(messages: readonly string[]): void {
    for (const m of messages) this.lines.push(m);
  }

  list(): string[] {
    const overflow: string[] = [];
    for (const [kind, count] of this.counts) {
      if (count > this.perKind) overflow.push(`…and ${count - this.perKind} more warnings like these (${kind})`);
    }
    return [...this.lines, ...overflow];
  }
}
