// A status in words with a symbol, never colour alone: Missing, Thin, OK, Gap, Duplicated, Covered.
const TAGS = {
  missing: { text: 'Missing', symbol: '✕', tone: 'bad' },
  thin: { text: 'Thin', symbol: '!', tone: 'warn' },
  ok: { text: 'OK', symbol: '✓', tone: 'good' },
  gap: { text: 'Gap', symbol: '✕', tone: 'bad' },
  duplicated: { text: 'Duplicated', symbol: '!', tone: 'warn' },
  covered: { text: 'Covered', symbol: '✓', tone: 'good' },
} as const;

export type TagKind = keyof typeof TAGS;

export function StatusTag({ status }: { readonly status: TagKind }) {
  const tag = TAGS[status];
  return (
    <span className={`status-tag tone-${tag.tone}`}>
      <span aria-hidden="true">{tag.symbol}</span> {tag.text}
    </span>
  );
}
