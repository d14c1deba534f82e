/**
 * Trusted Types: the built game's CSP requires them for every script sink, and this default policy is the only
 * one. It lets same-origin script URLs through (the game's own workers) and refuses HTML and script strings
 * outright: the game never builds markup from strings, so any attempt is a bug or an attack.
 */
interface PolicyOptions {
  createHTML: (input: string) => string;
  createScript: (input: string) => string;
  createScriptURL: (input: string) => string;
}
interface TrustedTypesLike {
  createPolicy(name: string, options: PolicyOptions): unknown;
}

export const POLICY_NAME = 'default';

export function allowScriptUrl(input: string, base: string): string {
  const url = new URL(input, base);
  if (url.origin === new URL(base).origin || url.protocol === 'blob:') return url.href;
  throw new TypeError(`Tradeoffs only runs its own scripts; refused ${url.href}`);
}

export function installTrustedTypes(): void {
  const tt = (globalThis as { trustedTypes?: TrustedTypesLike }).trustedTypes;
  if (!tt) return;
  tt.createPolicy(POLICY_NAME, {
    createHTML: () => {
      throw new TypeError('Tradeoffs never turns strings into HTML');
    },
    createScript: () => {
      throw new TypeError('Tradeoffs never runs strings as script');
    },
    createScriptURL: (input) => allowScriptUrl(input, location.href),
  });
}
