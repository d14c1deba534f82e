/**
 * The world scene: the team at their desks and agent seats, the system with its load and debt, the users and the
 * money, drawn in code from a WorldModel. Redraws only when the model changes; incidents and the turn change are
 * animated (or shown still when reduced motion is on). Holds no game logic.
 */
import Phaser from 'phaser';
import type { WorldIncident, WorldModel } from './model.ts';
import { dotScale, newDotRange } from './model.ts';
import type { Palette } from './palette.ts';
import { STANDARD } from './palette.ts';

export const WORLD_WIDTH = 960;
export const WORLD_HEIGHT = 400;

export interface SceneOptions {
  palette: Palette;
  reducedMotion: boolean;
  /** Multiplier of animation durations (0.5 fast, 1 normal, 2 slow). */
  speed: number;
}

const COMPONENT_OF: Record<WorldIncident['kind'], 'app' | 'load' | 'model' | 'data' | 'edge' | 'money'> = {
  outage: 'app',
  latency: 'load',
  'model-regression': 'model',
  'data-pipeline': 'data',
  security: 'edge',
  'cost-spike': 'money',
};

const SPOTS = {
  app: [520, 200],
  load: [640, 300],
  model: [520, 320],
  data: [430, 320],
  edge: [520, 110],
  money: [840, 340],
} as const;

export class OfficeScene extends Phaser.Scene {
  private options: SceneOptions = { palette: STANDARD, reducedMotion: false, speed: 1 };
  private g!: Phaser.GameObjects.Graphics;
  private labels: Phaser.GameObjects.Text[] = [];
  private fx: Phaser.GameObjects.GameObject[] = [];
  private model: WorldModel | null = null;
  private pending: { model: WorldModel; animate: boolean } | null = null;

  constructor() {
    super({ key: 'office' });
  }

  create(): void {
    this.g = this.add.graphics();
    if (this.pending) this.show(this.pending.model, this.pending.animate);
  }

  configure(options: SceneOptions): void {
    this.options = options;
    if (this.model) this.draw(this.model);
  }

  /** Draws `model`; when it is a new turn, plays the turn transition and the incidents. */
  show(model: WorldModel, animate: boolean): void {
    if (!this.g) {
      this.pending = { model, animate };
      return;
    }
    const previous = this.model;
    this.model = model;
    this.draw(model);
    if (animate && previous && previous.turn !== model.turn) this.transition(model, previous);
  }

  private text(
    x: number,
    y: number,
    value: string,
    size = 13,
    color?: string,
    origin = 0,
  ): Phaser.GameObjects.Text {
    const t = this.add.text(x, y, value, {
      fontFamily: 'system-ui, -apple-system, "Segoe UI", sans-serif',
      fontSize: `${size}px`,
      color: color ?? this.options.palette.text,
    });
    t.setOrigin(origin, 0);
    this.labels.push(t);
    return t;
  }

  private draw(m: WorldModel): void {
    const p = this.options.palette;
    this.g.clear();
    for (const l of this.labels) l.destroy();
    this.labels = [];
    this.g.fillStyle(p.background, 1).fillRect(0, 0, WORLD_WIDTH, WORLD_HEIGHT);
    this.panel(8, 8, 360, 384, 'Team');
    this.panel(376, 8, 320, 384, 'System');
    this.panel(704, 8, 248, 384, 'Market');
    this.drawTeam(m);
    this.drawSystem(m);
    this.drawMarket(m);
  }

  private popNewUsers(m: WorldModel, before: WorldModel, d: number): void {
    const [from, to] = newDotRange(before, m);
    for (let i = from; i < to; i++) {
      const dot = this.add.circle(724 + (i % 12) * 18, 44 + Math.floor(i / 12) * 16, 5, 0xffffff);
      this.fx.push(dot);
      this.tweens.add({
        targets: dot,
        scale: { from: 2.2, to: 1 },
        alpha: { from: 1, to: 0 },
        duration: d * 2,
        delay: (i - from) * 30,
        onComplete: () => dot.destroy(),
      });
    }
  }

  /** A short text that rises and fades: the week's change of a number. */
  private float(x: number, y: number, value: string, colour: string, d: number): void {
    const t = this.add.text(x, y, value, {
      fontFamily: 'system-ui, sans-serif',
      fontSize: '14px',
      color: colour,
      fontStyle: 'bold',
    });
    this.fx.push(t);
    this.tweens.add({
      targets: t,
      y: y - 26,
      alpha: { from: 1, to: 0 },
      duration: d * 3,
      ease: 'Cubic.easeOut',
      onComplete: () => t.destroy(),
    });
  }

  private panel(x: number, y: number, w: number, h: number, title: string): void {
    const p = this.options.palette;
    this.g.fillStyle(p.floor, 1).fillRoundedRect(x, y, w, h, 10);
    this.g.lineStyle(1, p.line, 1).strokeRoundedRect(x, y, w, h, 10);
    this.text(x + 12, y + 8, title, 14, p.muted);
  }

  private drawTeam(m: WorldModel): void {
    const p = this.options.palette;
    const cols = 6;
    // Empty desks show the room to grow (and how crowded a big team gets).
    for (let i = m.people.length; i < Math.max(12, m.people.length); i++) {
      const x = 24 + (i % cols) * 56;
      const y = 44 + Math.floor(i / cols) * 66;
      this.g.lineStyle(1, p.line, 0.8).strokeRoundedRect(x, y + 30, 44, 16, 3);
    }
    m.people.forEach((person, i) => {
      const x = 24 + (i % cols) * 56;
      const y = 44 + Math.floor(i / cols) * 66;
      this.g.fillStyle(p.panel, 1).fillRoundedRect(x, y + 30, 44, 16, 3); // desk
      const colour = p.role[person.role];
      this.g.fillStyle(colour, person.ramping ? 0.45 : 1).fillCircle(x + 22, y + 12, 9); // head
      this.g.fillStyle(colour, person.ramping ? 0.35 : 0.85).fillRoundedRect(x + 12, y + 20, 20, 12, 5); // body
      this.face(x + 22, y + 12, m.morale);
      if (person.ramping) this.text(x + 22, y + 48, 'new', 10, p.muted, 0.5);
    });
    if (m.people.length === 0) this.text(188, 150, 'Nobody is left.', 14, p.muted, 0.5);
    if (m.morePeople > 0) this.text(188, 310, `+${m.morePeople} more`, 12, p.muted, 0.5);
    this.drawAgents(m);
    this.meter(24, 352, 150, 'Morale', m.morale, p.good);
    this.meter(196, 352, 150, 'Burnout', m.burnout, p.bad);
  }

  private face(x: number, y: number, morale: number): void {
    const ink = 0x0b0f17;
    this.g
      .fillStyle(ink, 1)
      .fillCircle(x - 3, y - 2, 1.2)
      .fillCircle(x + 3, y - 2, 1.2);
    this.g.lineStyle(1.2, ink, 1);
    const curve = morale > 0.6 ? 2 : morale < 0.4 ? -2 : 0;
    this.g.beginPath();
    this.g.moveTo(x - 3, y + 3);
    this.g.lineTo(x, y + 3 + curve);
    this.g.lineTo(x + 3, y + 3);
    this.g.strokePath();
  }

  private drawAgents(m: WorldModel): void {
    const p = this.options.palette;
    if (m.agents === 0) return;
    this.text(24, 300, `Agent seats: ${m.agents}`, 12, p.muted);
    const shown = Math.min(m.agents, 16);
    for (let i = 0; i < shown; i++) {
      const x = 24 + i * 20;
      this.g.fillStyle(p.agent, 1).fillRoundedRect(x, 320, 14, 14, 3);
      this.g
        .fillStyle(p.background, 1)
        .fillRect(x + 3, 325, 3, 3)
        .fillRect(x + 8, 325, 3, 3);
    }
  }

  private meter(x: number, y: number, w: number, label: string, value: number, colour: number): void {
    const p = this.options.palette;
    this.text(x, y - 2, label, 11, p.muted);
    this.g.fillStyle(p.panel, 1).fillRoundedRect(x, y + 14, w, 8, 4);
    this.g.fillStyle(colour, 1).fillRoundedRect(x, y + 14, Math.max(4, w * Math.min(1, value)), 8, 4);
  }

  private drawSystem(m: WorldModel): void {
    const p = this.options.palette;
    this.node(470, 40, 100, 26, 'users', p.user);
    this.node(460, 96, 120, 28, m.placement === 'edge' ? 'edge network' : 'cloud region', p.line);
    this.arrow(520, 66, 520, 96);
    this.drawApp(m);
    this.arrow(520, 124, 520, 160);
    if (m.processing === 'async') this.node(592, 230, 86, 24, 'queue', p.line);
    this.node(460, 304, 122, 30, `model: ${m.serving}`, p.role.ml);
    this.node(388, 304, 64, 30, 'data', p.role.ml);
    this.arrow(520, 250, 520, 304);
    this.drawLoad(m);
    if (m.migration) this.drawMigration(m);
  }

  private drawApp(m: WorldModel): void {
    const p = this.options.palette;
    const x = 440;
    const y = 160;
    if (m.hosting === 'serverless') {
      this.g.lineStyle(1, p.user, 0.7).strokeRoundedRect(x - 8, y - 6, 176, 100, 30);
      this.text(x + 80, y + 78, 'serverless', 11, p.muted, 0.5);
    } else {
      const racks = Math.min(10, Math.max(1, Math.ceil(m.servers / 10)));
      for (let i = 0; i < racks; i++) this.g.fillStyle(p.panel, 1).fillRect(x + 4 + i * 16, y + 64, 12, 22);
      this.text(x + 80, y + 88, `${m.servers} server units`, 11, p.muted, 0.5);
    }
    if (m.structure === 'monolith') {
      this.node(x + 20, y, 120, 56, 'monolith', p.role.engineer);
    } else {
      for (let i = 0; i < 4; i++)
        this.node(x + (i % 2) * 66 + 14, y + Math.floor(i / 2) * 30, 58, 24, `svc ${i + 1}`, p.role.engineer);
    }
    this.drawDebt(x + 20, y, m.debt);
  }

  /** Debt shows as cracks across the application: one per 15 points, up to twelve. */
  private drawDebt(x: number, y: number, debt: number): void {
    const p = this.options.palette;
    const cracks = Math.min(12, Math.floor(debt / 15));
    this.g.lineStyle(1.5, p.debt, 0.9);
    for (let i = 0; i < cracks; i++) {
      const cx = x + 10 + ((i * 37) % 100);
      const cy = y + 6 + ((i * 23) % 44);
      this.g.beginPath();
      this.g.moveTo(cx, cy);
      this.g.lineTo(cx + 6, cy + 5);
      this.g.lineTo(cx + 3, cy + 10);
      this.g.lineTo(cx + 9, cy + 14);
      this.g.strokePath();
    }
    if (cracks > 0) this.text(x + 126, y + 40, `debt ${Math.round(debt)}`, 11, '#ffb56b');
  }

  private drawLoad(m: WorldModel): void {
    const p = this.options.palette;
    const u = Math.min(1.2, m.utilisation);
    const colour = u > 0.9 ? p.bad : u > 0.7 ? p.warn : p.good;
    this.text(600, 140, 'load', 11, p.muted);
    this.g.fillStyle(p.panel, 1).fillRoundedRect(640, 140, 14, 150, 4);
    this.g
      .fillStyle(colour, 1)
      .fillRoundedRect(640, 140 + 150 * (1 - Math.min(1, u)), 14, 150 * Math.min(1, u), 4);
    this.text(600, 350, `SLO ${(m.slo * 100).toFixed(1)}%`, 12, m.slo < 0.97 ? '#ff8a8a' : p.muted);
  }

  private drawMigration(m: WorldModel): void {
    const p = this.options.palette;
    const mig = m.migration!;
    this.text(392, 370, `migrating ${mig.axis} \u2192 ${mig.target}`, 11, p.muted);
    this.g.fillStyle(p.panel, 1).fillRoundedRect(560, 372, 120, 8, 4);
    this.g.fillStyle(p.warn, 1).fillRoundedRect(560, 372, Math.max(4, 120 * mig.progress), 8, 4);
  }

  private node(x: number, y: number, w: number, h: number, label: string, colour: number): void {
    const p = this.options.palette;
    this.g.fillStyle(p.panel, 1).fillRoundedRect(x, y, w, h, 6);
    this.g.lineStyle(1.5, colour, 1).strokeRoundedRect(x, y, w, h, 6);
    this.text(x + w / 2, y + h / 2 - 7, label, 11, p.text, 0.5);
  }

  private arrow(x1: number, y1: number, x2: number, y2: number): void {
    this.g.lineStyle(1.5, this.options.palette.line, 1).lineBetween(x1, y1, x2, y2);
    this.g.fillStyle(this.options.palette.line, 1).fillTriangle(x2 - 4, y2 - 6, x2 + 4, y2 - 6, x2, y2);
  }

  private drawMarket(m: WorldModel): void {
    const p = this.options.palette;
    const scale = dotScale(m.users);
    const dots = Math.min(168, Math.ceil(m.users / scale));
    for (let i = 0; i < dots; i++) {
      this.g.fillStyle(p.user, 0.9).fillCircle(724 + (i % 12) * 18, 44 + Math.floor(i / 12) * 16, 5);
    }
    this.text(720, 276, `${m.users.toLocaleString('en-US')} users`, 15);
    this.text(720, 296, `each dot \u2248 ${scale.toLocaleString('en-US')}`, 11, p.muted);
    this.text(720, 312, `+${m.gained} / \u2212${m.lost} last turn`, 11, p.muted);
    this.g.fillStyle(p.money, 1).fillRoundedRect(720, 336, 18, 18, 9);
    this.text(744, 336, `$${Math.round(m.cash).toLocaleString('en-US')}`, 14);
    this.text(
      744,
      356,
      `${m.profit >= 0 ? '+' : '\u2212'}$${Math.round(Math.abs(m.profit)).toLocaleString('en-US')} per turn`,
      11,
      m.profit >= 0 ? p.muted : '#ff8a8a',
    );
  }

  private transition(m: WorldModel, before: WorldModel): void {
    for (const o of this.fx) o.destroy();
    this.fx = [];
    const p = this.options.palette;
    const banner = this.add.text(WORLD_WIDTH / 2, 170, `Turn ${m.turn}`, {
      fontFamily: 'system-ui, sans-serif',
      fontSize: '40px',
      color: p.text,
      backgroundColor: '#000000aa',
      padding: { x: 18, y: 8 },
    });
    banner.setOrigin(0.5, 0.5);
    this.fx.push(banner);
    const rings = m.incidents.map((inc) => {
      const [x, y] = SPOTS[COMPONENT_OF[inc.kind]];
      const ring = this.add.circle(x, y, inc.severe ? 46 : 34);
      ring.setStrokeStyle(4, p.bad, 1);
      this.fx.push(ring);
      return ring;
    });
    if (this.options.reducedMotion) {
      this.time.delayedCall(900, () => banner.destroy());
      return;
    }
    const d = 500 * this.options.speed;
    this.popNewUsers(m, before, d);
    const users = m.gained - m.lost;
    if (users !== 0)
      this.float(
        720,
        262,
        `${users > 0 ? '+' : '\u2212'}${Math.abs(users).toLocaleString('en-US')} users`,
        users > 0 ? p.text : '#ff8a8a',
        d,
      );
    if (Math.round(m.profit) !== 0) {
      const sign = m.profit > 0 ? '+' : '\u2212';
      this.float(
        744,
        322,
        `${sign}$${Math.round(Math.abs(m.profit)).toLocaleString('en-US')}`,
        m.profit > 0 ? '#9be37b' : '#ff8a8a',
        d,
      );
    }
    this.tweens.add({
      targets: banner,
      alpha: { from: 0, to: 1 },
      y: { from: 190, to: 170 },
      duration: d,
      yoyo: true,
      hold: d,
      onComplete: () => banner.destroy(),
    });
    for (const ring of rings) {
      this.tweens.add({
        targets: ring,
        scale: { from: 0.6, to: 1.25 },
        alpha: { from: 1, to: 0.15 },
        duration: d,
        repeat: 3,
        onComplete: () => ring.destroy(),
      });
    }
  }
}
