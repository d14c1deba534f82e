/** The world canvas's layout: readable text (≥ 12 CSS px at 768 px wide) that never overlaps. */
import { describe, expect, it } from 'vitest';
import {
  BANNER,
  DESKS,
  DOTS,
  estimateWidth,
  fitText,
  MIN_FONT,
  PANELS,
  serviceRects,
  SPOTS,
  SYSTEM,
  slotRect,
  TEXT,
  WORLD_WIDTH,
  type Rect,
} from '../../src/ui/world/layout.ts';

const overlap = (a: Rect, b: Rect): boolean =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
const inside = (a: Rect, b: Rect): boolean =>
  a.x >= b.x && a.y >= b.y && a.x + a.w <= b.x + b.w && a.y + a.h <= b.y + b.h;
const slots = Object.entries(TEXT);

/** The canvas is drawn 720 CSS px wide in a 768 px window (measured: 721.9), its narrowest. */
const NARROWEST_CSS_WIDTH = 720;

describe('world layout', () => {
  it('sets every text at 12 CSS px or more at the narrowest canvas', () => {
    expect((MIN_FONT * NARROWEST_CSS_WIDTH) / WORLD_WIDTH).toBeGreaterThanOrEqual(12);
    for (const [, s] of [
      ...slots,
      ['title', BANNER.title],
      ['headline', BANNER.headline],
      ['clock', BANNER.clock],
    ] as const)
      expect(s.size).toBeGreaterThanOrEqual(MIN_FONT);
  });

  it('keeps every line of text in its panel, apart from every other', () => {
    for (const [name, s] of slots) {
      const panel = Object.values(PANELS).find((p) => inside(slotRect(s), p));
      expect(panel, `${name} is inside a panel`).toBeDefined();
    }
    for (let i = 0; i < slots.length; i++)
      for (let j = i + 1; j < slots.length; j++) {
        const [a, sa] = slots[i]!;
        const [b, sb] = slots[j]!;
        expect(overlap(slotRect(sa), slotRect(sb)), `${a} overlaps ${b}`).toBe(false);
      }
  });

  it('keeps text off the drawings: desks, the crowd, the diagram, the gauge and the incident markers', () => {
    const desks = { x: DESKS.x, y: DESKS.y, w: DESKS.cols * DESKS.w, h: DESKS.rows * DESKS.h };
    const crowd = {
      x: DOTS.x,
      y: DOTS.y,
      w: (DOTS.cols - 1) * DOTS.step + 12,
      h: (DOTS.rows - 1) * DOTS.rowStep + 12,
    };
    const drawings: [string, Rect][] = [
      ['desks', desks],
      ['crowd', crowd],
      ...(['users', 'placement', 'app', 'queue', 'model', 'data', 'gauge'] as const).map(
        (k) => [k, SYSTEM[k]] as [string, Rect],
      ),
      ...Object.entries(SPOTS).map(
        ([k, p]) => [`marker ${k}`, { x: p.x - 20, y: p.y - 20, w: 40, h: 40 }] as [string, Rect],
      ),
    ];
    for (const [name, s] of slots)
      for (const [what, r] of drawings)
        expect(overlap(slotRect(s), r), `${name} overlaps ${what}`).toBe(false);
  });

  it('leaves a clear gap between the crowd of user dots and the users line under it', () => {
    const lastRowBottom = DOTS.y + (DOTS.rows - 1) * DOTS.rowStep + DOTS.r;
    expect(TEXT.users.y - lastRowBottom).toBeGreaterThanOrEqual(12);
  });

  it('fits the four services inside the application, apart', () => {
    const s = serviceRects();
    for (const r of s) expect(inside(r, SYSTEM.app)).toBe(true);
    for (let i = 0; i < s.length; i++)
      for (let j = i + 1; j < s.length; j++) expect(overlap(s[i]!, s[j]!)).toBe(false);
  });

  it('puts the banner over the system panel, its lines apart', () => {
    expect(inside(BANNER.box, PANELS.system)).toBe(true);
    const lines = [BANNER.title, BANNER.headline].map(slotRect);
    expect(overlap(lines[0]!, lines[1]!)).toBe(false);
    expect(overlap(slotRect(BANNER.headline), { ...BANNER.bar })).toBe(false);
    for (const l of [...lines, slotRect(BANNER.clock)]) expect(inside(l, BANNER.box)).toBe(true);
  });

  it('cuts a text too wide for its slot with an ellipsis', () => {
    const cut = fitText('The company has entered the scaling phase, and more', MIN_FONT, 200);
    expect(cut.endsWith('\u2026')).toBe(true);
    expect(estimateWidth(cut, MIN_FONT)).toBeLessThanOrEqual(200);
    expect(fitText('short', MIN_FONT, 200)).toBe('short');
  });
});
