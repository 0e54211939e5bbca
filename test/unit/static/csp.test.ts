// SEC-4, the policy itself: the one CSP string (build/csp.ts) that both the built page's meta tag
// and the app protocol's response header carry.
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../../build/csp';

function directives(policy: string): Map<string, string[]> {
  const parsed = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    expect(parsed.has(name), `directive ${name} appears once`).toBe(false);
    parsed.set(name, sources);
  }
  return parsed;
}

const policy = directives(contentSecurityPolicy);

describe('the content security policy', () => {
  it('starts from nothing allowed', () => {
    expect(policy.get('default-src')).toEqual(["'none'"]);
  });

  it('runs scripts and workers only from the app itself, never inline or eval', () => {
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('worker-src') ?? ["'self'"]).toEqual(["'self'"]);
    expect(contentSecurityPolicy).not.toMatch(/unsafe-eval|wasm-unsafe-eval|strict-dynamic/);
    for (const [name, sources] of policy) {
      if (name !== 'style-src') expect(sources, name).not.toContain("'unsafe-inline'");
    }
  });

  it('blocks plugins, base rewriting, form posts and framing', () => {
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('talks to nothing but the app itself', () => {
    const connect = policy.get('connect-src') ?? [];
    expect(connect.every((source) => source === "'self'" || source === "'none'")).toBe(true);
    for (const sources of policy.values()) {
      for (const source of sources) expect(source, 'no remote or wildcard source').not.toMatch(/^(https?:|wss?:|\*)|\*\./);
    }
  });
});
