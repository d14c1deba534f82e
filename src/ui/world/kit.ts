/**
 * Drawing helpers shared by the world's parts: icons that carry meaning by shape as well as colour (warning
 * triangle, wrench, check, flame, hatching), boxes and arrows, and a pool of text objects reused across
 * redraws (making a Phaser text costs a canvas and a texture upload; changing one that says the same costs
 * nothing).
 */
import type Phaser from 'phaser';
import { FONT_FAMILY, type Rect, type TextSlot } from './layout.ts';
import type { Palette } from './palette.ts';

type G = Phaser.GameObjects.Graphics;

export function warningIcon(g: G, x: number, y: number, size: number, fill: number, ink: number): void {
  const h = size * 0.9;
  g.fillStyle(fill, 1).fillTriangle(x, y - h / 2, x - size / 2, y + h / 2, x + size / 2, y + h / 2);
  g.fillStyle(ink, 1)
    .fillRect(x - size * 0.06, y - h * 0.18, size * 0.12, h * 0.38)
    .fillRect(x - size * 0.06, y + h * 0.28, size * 0.12, size * 0.1);
}

export function checkIcon(g: G, x: number, y: number, r: number, fill: number, ink: number): void {
  g.fillStyle(fill, 1).fillCircle(x, y, r);
  g.lineStyle(Math.max(1.5, r / 4), ink, 1);
  g.beginPath();
  g.moveTo(x - r * 0.45, y + r * 0.02);
  g.lineTo(x - r * 0.1, y + r * 0.38);
  g.lineTo(x + r * 0.5, y - r * 0.35);
  g.strokePath();
}

/** A spanner: being worked on. */
export function wrenchIcon(g: G, x: number, y: number, r: number, fill: number, ink: number): void {
  g.fillStyle(fill, 1).fillCircle(x, y, r);
  g.lineStyle(Math.max(2, r / 3.5), ink, 1).lineBetween(x - r * 0.4, y + r * 0.4, x + r * 0.25, y - r * 0.25);
  g.fillStyle(ink, 1).fillCircle(x + r * 0.3, y - r * 0.3, r * 0.32);
  g.fillStyle(fill, 1).fillCircle(x + r * 0.45, y - r * 0.45, r * 0.14);
}

export function flameIcon(g: G, x: number, y: number, size: number, outer: number, inner: number): void {
  g.fillStyle(outer, 1).fillTriangle(
    x - size * 0.4,
    y + size / 2,
    x + size * 0.4,
    y + size / 2,
    x,
    y - size / 2,
  );
  g.fillStyle(inner, 1).fillTriangle(x - size * 0.2, y + size / 2, x + size * 0.2, y + size / 2, x, y);
}

/** Diagonal stripes across a rectangle: the pattern of "too hot" and "unchecked", readable without colour. */
export function hatch(g: G, r: Rect, colour: number, alpha: number, gap = 7, width = 2): void {
  g.lineStyle(width, colour, alpha);
  for (let d = gap / 2; d < r.w + r.h; d += gap) {
    // The line x + y = d (in the rectangle's frame), clipped to it.
    const x1 = Math.max(0, d - r.h);
    const y1 = d - x1;
    const x2 = Math.min(r.w, d);
    const y2 = d - x2;
    g.lineBetween(r.x + x1, r.y + y1, r.x + x2, r.y + y2);
  }
}

export function dashedRect(g: G, r: Rect, colour: number, alpha: number, dash = 6): void {
  g.lineStyle(1.5, colour, alpha);
  const edge = (x1: number, y1: number, x2: number, y2: number): void => {
    const len = Math.abs(x2 - x1) + Math.abs(y2 - y1);
    for (let t = 0; t < len; t += dash * 2) {
      const a = t / len;
      const b = Math.min(1, (t + dash) / len);
      g.lineBetween(x1 + (x2 - x1) * a, y1 + (y2 - y1) * a, x1 + (x2 - x1) * b, y1 + (y2 - y1) * b);
    }
  };
  edge(r.x, r.y, r.x + r.w, r.y);
  edge(r.x + r.w, r.y, r.x + r.w, r.y + r.h);
  edge(r.x + r.w, r.y + r.h, r.x, r.y + r.h);
  edge(r.x, r.y + r.h, r.x, r.y);
}

export function arrowDown(g: G, x: number, y1: number, y2: number, colour: number): void {
  g.lineStyle(1.5, colour, 1).lineBetween(x, y1, x, y2);
  g.fillStyle(colour, 1).fillTriangle(x - 4, y2 - 6, x + 4, y2 - 6, x, y2);
}

/** A progress bar: track, then fill (at least a sliver, so "started" reads). */
export function bar(g: G, r: Rect, share: number, track: number, fill: number): void {
  g.fillStyle(track, 1).fillRoundedRect(r.x, r.y, r.w, r.h, r.h / 2);
  if (share > 0)
    g.fillStyle(fill, 1).fillRoundedRect(r.x, r.y, Math.max(r.h, r.w * Math.min(1, share)), r.h, r.h / 2);
}

/** Text objects by key, made once and reused; a redraw hides the ones it did not set. */
export class Labels {
  private readonly pool = new Map<string, Phaser.GameObjects.Text>();
  private readonly used = new Set<string>();

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly depth: number,
    /** Device pixels per world unit: text is rasterised at this density so it stays sharp. */
    private readonly density = 1,
  ) {}

  begin(): void {
    this.used.clear();
  }

  /** Shows `text` in `slot` (cut with an ellipsis when wider than the slot), in `colour`. */
  set(key: string, slot: TextSlot, text: string, colour: string, bold = false): Phaser.GameObjects.Text {
    let t = this.pool.get(key);
    if (!t) {
      t = this.scene.add.text(0, 0, '', {
        fontFamily: FONT_FAMILY,
        fontSize: `${slot.size}px`,
        color: colour,
        resolution: this.density,
      });
      t.setDepth(this.depth);
      this.pool.set(key, t);
    }
    this.used.add(key);
    t.setVisible(true);
    if (t.style.color !== colour) t.setColor(colour);
    const weight = bold ? 'bold' : 'normal';
    if (t.style.fontStyle !== weight) t.setFontStyle(weight);
    if (t.getData('full') !== text) {
      t.setData('full', text);
      t.setText(text);
      for (let cut = text; t.width > slot.w && cut.length > 1;) {
        cut = cut.slice(0, -1);
        t.setText(`${cut.trimEnd()}\u2026`);
      }
    }
    const origin = slot.align === 'left' ? 0 : slot.align === 'right' ? 1 : 0.5;
    const x = slot.align === 'left' ? slot.x : slot.align === 'right' ? slot.x + slot.w : slot.x + slot.w / 2;
    t.setOrigin(origin, 0).setPosition(x, slot.y);
    return t;
  }

  end(): void {
    for (const [key, t] of this.pool) if (!this.used.has(key)) t.setVisible(false);
  }

  all(): Phaser.GameObjects.Text[] {
    return [...this.pool.values()];
  }

  get(key: string): Phaser.GameObjects.Text | undefined {
    return this.pool.get(key);
  }

  destroy(): void {
    for (const t of this.pool.values()) t.destroy();
    this.pool.clear();
  }
}

/** What every part of the world draws with: the scene, the static layer, the text pool, the colours, the mode. */
export interface Ctx {
  scene: Phaser.Scene;
  g: G;
  labels: Labels;
  palette: Palette;
  /** Reduced motion: no continuous motion, every state drawn still. */
  still: boolean;
}
