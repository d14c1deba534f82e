/** Untrusted text made safe to show: one printable line for terminals, balanced isolates for the screen. */
import { describe, expect, it } from 'vitest';
import { balancedIsolates, hasUnprintable, printable } from '../../src/lib/printable.ts';

describe('printable', () => {
  it('escapes controls (C0, DEL, C1), format and bidi characters, separators and lone surrogates', () => {
    expect(printable('a\u001b[2Jb\u009bc\u007f')).toBe('a\\u001B[2Jb\\u009Bc\\u007F');
    expect(printable('Eve\u202eevil\u200d\u2066x\u2069')).toBe('Eve\\u202Eevil\\u200D\\u2066x\\u2069');
    expect(printable('one\u2028two\u2029three\n\tfour')).toBe('one\\u2028two\\u2029three\\u000A\\u0009four');
    expect(printable('\ud800 and 😀 and \u{e0041}')).toBe('\\uD800 and 😀 and \\uDB40\\uDC41');
  });

  it('keeps what it is told to, and stays valid inside JSON', () => {
    expect(printable('a\nb\u202e', '\n')).toBe('a\nb\\u202E');
    const json = JSON.stringify({ name: 'Eve\u202e\u009b' });
    expect(JSON.parse(printable(json))).toEqual({ name: 'Eve\u202e\u009b' });
  });

  it('leaves ordinary text of any script alone', () => {
    for (const text of ['Ada Lovelace', 'José Núñez', '李雷', 'عليّ', 'Zoë 😀']) {
      expect(printable(text)).toBe(text);
      expect(hasUnprintable(text)).toBe(false);
    }
  });
});

describe('balancedIsolates', () => {
  it('drops a pop-isolate that closes nothing, so it cannot close the isolate around the text', () => {
    expect(balancedIsolates('Mallory\u2069\u202eevil')).toBe('Mallory\u202eevil');
  });

  it('closes isolates left open, and keeps balanced ones', () => {
    expect(balancedIsolates('a\u2067b')).toBe('a\u2067b\u2069');
    expect(balancedIsolates('\u2068x\u2069\u2069y')).toBe('\u2068x\u2069y');
    expect(balancedIsolates('plain')).toBe('plain');
  });
});
