/// <reference types="node" />
// The Worker's security headers and site/public/_headers (static assets) must not drift apart.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SECURITY_HEADERS } from '../../worker/src/lib/headers.ts';

describe('security headers', () => {
  it('are the same for Worker responses and static assets', () => {
    const lines = readFileSync('site/public/_headers', 'utf8').split('\n');
    const start = lines.findIndex((l) => l.trim() === '/*');
    const block: Record<string, string> = {};
    for (const l of lines.slice(start + 1)) {
      if (!/^\s+\S/.test(l)) break;
      const i = l.indexOf(':');
      block[l.slice(0, i).trim()] = l.slice(i + 1).trim();
    }
    expect(block).toEqual(SECURITY_HEADERS);
    expect(SECURITY_HEADERS['Content-Security-Policy']).not.toMatch(/unsafe-inline/);
  });
});
