// One way to turn a name into an identifier-like stem for files and ids: ASCII letters, digits
// and single dashes, accents folded, at most 60 characters, never starting or ending with a dash.

/** "Peer support (groups)" -> "peer-support-groups"; "" when nothing usable is left. */
export function slugOf(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}
