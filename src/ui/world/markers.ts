/**
 * Incident markers on the part of the company each incident hits. A marker says its state by shape as well as
 * colour: a warning triangle while the incident is undetected, a spanner with a ring filling up while it is
 * being restored, a tick once fixed; the part itself is hatched until it is fixed. Drawn from the model's
 * incidents; the transition moves them through their states on the turn's clock.
 */
import type Phaser from 'phaser';
import type { WorldIncident } from './incidents.ts';
import { restoredShare } from './incidents.ts';
import { checkIcon, hatch, warningIcon, wrenchIcon, type Ctx } from './kit.ts';
import { SPOTS, SYSTEM, type Rect, type Spot } from './layout.ts';
import { TEX } from './textures.ts';

export type MarkerState = 'hidden' | 'breaking' | 'detected' | 'fixed';

const AREA: Partial<Record<Spot, Rect>> = {
  app: SYSTEM.app,
  load: SYSTEM.gauge,
  model: SYSTEM.model,
  data: SYSTEM.data,
  edge: SYSTEM.placement,
};

const RADIUS = { minor: 11, moderate: 13, severe: 15 } as const;

interface Marker {
  g: Phaser.GameObjects.Graphics;
  pulse: Phaser.GameObjects.Image;
  x: number;
  y: number;
  state: MarkerState;
  progress: number;
}

export class Markers {
  private markers: Marker[] = [];
  private incidents: WorldIncident[] = [];

  constructor(private readonly ctx: Ctx) {}

  /** One marker per incident, at its spot (side by side when several hit the same part). */
  set(incidents: readonly WorldIncident[]): void {
    this.clear();
    this.incidents = [...incidents];
    const seen = new Map<Spot, number>();
    for (const inc of incidents) {
      const k = seen.get(inc.spot) ?? 0;
      seen.set(inc.spot, k + 1);
      const spot = SPOTS[inc.spot];
      const g = this.ctx.scene.add.graphics().setDepth(6);
      const pulse = this.ctx.scene.add.image(0, 0, TEX.dot).setDepth(5).setVisible(false);
      this.markers.push({ g, pulse, x: spot.x - k * 30, y: spot.y, state: 'hidden', progress: 0 });
    }
  }

  /** The state they are left in after the turn: fixed, or still being restored. */
  settle(): void {
    this.incidents.forEach((inc, i) =>
      this.show(i, !inc.ongoing ? 'fixed' : inc.detected >= 1 ? 'breaking' : 'detected', restoredShare(inc)),
    );
  }

  show(i: number, state: MarkerState, progress = 0): void {
    const m = this.markers[i];
    const inc = this.incidents[i];
    if (!m || !inc) return;
    const changed = m.state !== state;
    m.state = state;
    m.progress = progress;
    this.redraw(m, inc);
    if (!changed) return;
    const { scene, palette: p, still } = this.ctx;
    scene.tweens.killTweensOf(m.pulse);
    m.pulse.setVisible(false);
    if (state === 'hidden' || still) return;
    if (state === 'fixed') {
      m.g.setScale(1);
      scene.tweens.add({ targets: m.g, scale: { from: 1.5, to: 1 }, duration: 260, ease: 'Back.easeOut' });
      return;
    }
    // Breaking out or being worked on: a ring keeps pulsing round the marker.
    m.pulse
      .setPosition(m.x, m.y)
      .setTint(state === 'breaking' ? p.bad : p.warn)
      .setVisible(true);
    scene.tweens.add({
      targets: m.pulse,
      scale: { from: 1.6, to: 5.5 },
      alpha: { from: 0.55, to: 0 },
      duration: 900,
      repeat: -1,
    });
  }

  private redraw(m: Marker, inc: WorldIncident): void {
    const { palette: p } = this.ctx;
    const g = m.g;
    g.clear();
    g.setPosition(m.x, m.y);
    if (m.state === 'hidden') return;
    const r = RADIUS[inc.severity];
    const area = AREA[inc.spot];
    if (area && m.state !== 'fixed') {
      hatch(g, { x: area.x - m.x, y: area.y - m.y, w: area.w, h: area.h }, p.bad, 0.55, 8, 2);
    }
    if (m.state === 'breaking') {
      g.fillStyle(p.background, 1).fillCircle(0, 0, r + 2);
      warningIcon(g, 0, -1, r * 1.7, p.bad, p.ink);
    } else if (m.state === 'detected') {
      g.fillStyle(p.background, 1).fillCircle(0, 0, r + 5);
      g.lineStyle(4, p.line, 1).strokeCircle(0, 0, r + 2);
      if (m.progress > 0) {
        g.lineStyle(4, p.good, 1).beginPath();
        g.arc(0, 0, r + 2, -Math.PI / 2, -Math.PI / 2 + 2 * Math.PI * Math.min(1, m.progress));
        g.strokePath();
      }
      wrenchIcon(g, 0, 0, r - 2, p.warn, p.ink);
    } else {
      g.fillStyle(p.background, 1).fillCircle(0, 0, r - 1);
      checkIcon(g, 0, 0, r - 3, p.good, p.ink);
    }
  }

  clear(): void {
    for (const m of this.markers) {
      this.ctx.scene.tweens.killTweensOf([m.g, m.pulse]);
      m.g.destroy();
      m.pulse.destroy();
    }
    this.markers = [];
    this.incidents = [];
  }
}
