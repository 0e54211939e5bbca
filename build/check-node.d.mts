/** True when a Node version string ("v22.12.0") is new enough for Electron 45's build tools. */
export function isNewEnough(version: string): boolean;
