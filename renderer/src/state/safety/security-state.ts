// What the window knows about safety: whether the open map is encrypted, whether presentation mode
// hides confidential people, and after how long idle an encrypted map locks itself.
export interface SecurityState {
  /** The open map is stored encrypted (auto-lock applies only then: a plain map has no key to drop). */
  readonly encrypted: boolean;
  /** Presentation mode: confidential stakeholders show as placeholders everywhere. */
  readonly presenting: boolean;
  /** Minutes without input before an encrypted map locks; 0 turns auto-lock off. */
  readonly autoLockMinutes: number;
  /** This map's display setting: sensitive fields (notes, contact, a person's area, lived experience) hidden on screen. */
  readonly hideSensitive: boolean;
}

export const DEFAULT_AUTO_LOCK_MINUTES = 15;
export const AUTO_LOCK_CHOICES = [0, 1, 5, 15, 30, 60] as const;

export const initialSecurityState: SecurityState = {
  encrypted: false,
  presenting: false,
  autoLockMinutes: DEFAULT_AUTO_LOCK_MINUTES,
  hideSensitive: false,
};
