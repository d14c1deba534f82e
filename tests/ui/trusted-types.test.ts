/** The Trusted Types policy: the game's own scripts load; anything else, and any HTML string, is refused. */
import { describe, expect, it } from 'vitest';
import { allowScriptUrl } from '../../src/ui/trusted-types.ts';

const BASE = 'http://127.0.0.1:4173/index.html';

describe('script URLs', () => {
  it('allows same-origin and blob: workers', () => {
    expect(allowScriptUrl('/assets/verify-worker-1a2b.js', BASE)).toBe(
      'http://127.0.0.1:4173/assets/verify-worker-1a2b.js',
    );
    expect(allowScriptUrl('blob:http://127.0.0.1:4173/1234', BASE)).toMatch(/^blob:/);
  });

  it('refuses other origins and javascript: URLs', () => {
    expect(() => allowScriptUrl('https://evil.example/x.js', BASE)).toThrow(/refused/);
    expect(() => allowScriptUrl('javascript:alert(1)', BASE)).toThrow(/refused/);
    expect(() => allowScriptUrl('data:text/javascript,alert(1)', BASE)).toThrow(/refused/);
  });
});
