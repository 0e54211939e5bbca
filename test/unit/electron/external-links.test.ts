// SEC-6: only plain https links reach the operating system; everything else never touches the shell.
import { describe, expect, it, vi } from 'vitest';
import { checkExternalUrl, safeOpenExternal } from '../../../electron/main/external-links';

function fakeShell() {
  return { openExternal: vi.fn((_url: string) => Promise.resolve()) };
}

const REJECTED: readonly unknown[] = [
  'javascript:alert(1)',
  'JavaScript:alert(1)',
  'file:///etc/passwd',
  'file://server/share/doc.pdf',
  'smb://attacker.example/share',
  'ms-msdt:/id PCWDiagnostic /skip force',
  'search-ms:query=calc',
  'data:text/html,<script>alert(1)</script>',
  'mailto:someone@example.org',
  'http://example.org/',
  'HTTPS://user:pass@example.org/',
  'https://user@example.org/',
  ' https://example.org/',
  'https://example.org/ ',
  'https://example.org/\n',
  'https://exa\tmple.org/',
  'https:///path-without-host',
  'https:example.org',
  'app://bundle/index.html',
  '//example.org/',
  '',
  'https://' + 'a'.repeat(3_000) + '.org/',
  42,
  null,
  undefined,
  { href: 'https://example.org/' },
];

describe('safeOpenExternal', () => {
  for (const url of REJECTED) {
    it(`refuses ${JSON.stringify(url)?.slice(0, 60) ?? String(url)} and never calls the shell`, () => {
      const shell = fakeShell();
      expect(safeOpenExternal(url, shell)).toBe(false);
      expect(shell.openExternal).not.toHaveBeenCalled();
    });
  }

  it('opens a plain https link, normalised', () => {
    const shell = fakeShell();
    expect(safeOpenExternal('HTTPS://Example.org/partners?x=1', shell)).toBe(true);
    expect(shell.openExternal).toHaveBeenCalledExactlyOnceWith('https://example.org/partners?x=1');
  });

  it('with pinned hosts, refuses look-alikes and subdomains', () => {
    const shell = fakeShell();
    const policy = { allowedHosts: ['example.com'] };
    expect(safeOpenExternal('https://example.com.attacker.com/', shell, policy)).toBe(false);
    expect(safeOpenExternal('https://attacker.com/example.com', shell, policy)).toBe(false);
    expect(safeOpenExternal('https://www.example.com/', shell, policy)).toBe(false);
    expect(shell.openExternal).not.toHaveBeenCalled();
    expect(safeOpenExternal('https://example.com/help', shell, policy)).toBe(true);
    expect(shell.openExternal).toHaveBeenCalledExactlyOnceWith('https://example.com/help');
  });

  it('does not let a failing browser launch escape as an unhandled rejection', async () => {
    const shell = { openExternal: vi.fn(() => Promise.reject(new Error('no browser'))) };
    expect(safeOpenExternal('https://example.org/', shell)).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(shell.openExternal).toHaveBeenCalledTimes(1);
  });
});

describe('checkExternalUrl', () => {
  it('returns the normalised URL or null', () => {
    expect(checkExternalUrl('https://example.org')).toBe('https://example.org/');
    expect(checkExternalUrl('ftp://example.org')).toBeNull();
  });
});
