// Turns whatever was thrown (often an IPC error wrapped by Electron) into one plain sentence.
const IPC_PREFIX = /^Error invoking remote method '[^']+':\s*(?:[A-Za-z]*Error:\s*)?/;

export function describeFailure(error: unknown): string {
  const raw = error instanceof Error ? error.message : typeof error === 'string' ? error : 'an unknown error';
  const message = raw.replace(IPC_PREFIX, '').trim() || 'an unknown error';
  return /[.!?]$/.test(message) ? message : `${message}.`;
}
