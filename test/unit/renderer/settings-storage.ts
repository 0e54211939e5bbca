// An in-memory Storage with localStorage's string semantics, for the settings tests (Node has none).
import type { SettingsStorage } from '../../../renderer/src/state/core/display-settings';

export function memoryStorage(): SettingsStorage & { readonly entries: Map<string, string> } {
  const entries = new Map<string, string>();
  return {
    entries,
    getItem: (key) => entries.get(key) ?? null,
    setItem: (key, value) => void entries.set(key, String(value)),
    removeItem: (key) => void entries.delete(key),
  };
}
