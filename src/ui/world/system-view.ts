/**
 * The system panel: the architecture as a diagram (users, cloud or edge, the monolith or its services on
 * serverless or on racks, the queue, the model and the data), requests flowing down it at a rate set by the
 * load and a speed set by the latency (failing ones marked with a cross), heat when utilisation runs high, debt
 * as cracks, a migration under construction, and the lines of text under it. Draws a SystemView; no logic.
 */
import type Phaser from 'phaser';
import { Flow } from './flows.ts';
import { arrowDown, bar, dashedRect, flameIcon, hatch, type Ctx } from './kit.ts';
import { serviceRects, SYSTEM, TEXT, type Rect } from './layout.ts';
import type { SystemView } from './model.ts';
import { failingPaths, requestPaths } from './paths.ts';
import {
  appPicture,
  dataPicture,
  modelPicture,
  placementPicture,
  queuePicture,
  racksPicture,
  usersPicture,
} from './system-icons.ts';
import { TEX } from './textures.ts';

export class SystemPart {
  private readonly requests: Flow;
  private readonly failing: Flow;
  private readonly leds: Phaser.GameObjects.Image[] = [];
  private readonly glow: Phaser.GameObjects.Image;
  private readonly brick: Phaser.GameObjects.Image;
  private tweens: Phaser.Tweens.Tween[] = [];
  private brickY = 0;

  constructor(private readonly ctx: Ctx) {
    this.requests = new Flow(ctx.scene, 4);
    this.failing = new Flow(ctx.scene, 4);
    this.glow = ctx.scene.add.image(0, 0, TEX.pixel).setDepth(1).setVisible(false);
    this.brick = ctx.scene.add.image(0, 0, TEX.brick).setDepth(4).setVisible(false);
  }

  draw(s: SystemView): void {
    const { g, labels, palette: p } = this.ctx;
    const n = s.labels.nodes;
    labels.set('systemTitle', TEXT.systemTitle, 'System', p.text, true);
    labels.set('systemTag', TEXT.systemTag, s.labels.tag, p.muted);
    const X = SYSTEM.flowX;
    const a = SYSTEM.app;
    const below = a.y + a.h + (s.racks ? 24 : 6);
    arrowDown(g, X, SYSTEM.users.y + SYSTEM.users.h, SYSTEM.placement.y, p.line);
    arrowDown(
      g,
      X,
      SYSTEM.placement.y + SYSTEM.placement.h,
      a.y - (s.hosting === 'serverless' ? 6 : 0),
      p.line,
    );
    if (s.processing === 'async') {
      arrowDown(g, X, below, SYSTEM.queue.y, p.line);
      arrowDown(g, X, SYSTEM.queue.y + SYSTEM.queue.h, SYSTEM.model.y, p.line);
    } else arrowDown(g, X, below, SYSTEM.model.y, p.line);
    const d = SYSTEM.data;
    g.lineStyle(1.5, p.line, 1).lineBetween(
      d.x + d.w,
      SYSTEM.model.y + 15,
      SYSTEM.model.x - 4,
      SYSTEM.model.y + 15,
    );
    usersPicture(g, SYSTEM.users, p);
    placementPicture(g, SYSTEM.placement, p, s.placement === 'edge');
    this.app(s);
    if (s.processing === 'async') {
      queuePicture(g, SYSTEM.queue, p);
      labels.set('queueNode', TEXT.queueNode, n.queue, p.text);
    }
    modelPicture(g, SYSTEM.model, p);
    dataPicture(g, SYSTEM.data, p);
    labels.set('usersNode', TEXT.usersNode, n.users, p.text);
    labels.set('placementNode', TEXT.placementNode, n.placement, p.text);
    labels.set('appNode', TEXT.appNode, n.app, p.text);
    labels.set('modelNode', TEXT.modelNode, n.model, p.text);
    labels.set('dataNode', TEXT.dataNode, n.data, p.text);
    this.gauge(s);
    if (s.migration) this.migration(s);
    else this.brick.setVisible(false);
    this.rows(s);
    this.motion(s);
  }

  private app(s: SystemView): void {
    const { g, palette: p, scene } = this.ctx;
    const a = SYSTEM.app;
    if (s.hosting === 'serverless')
      dashedRect(g, { x: a.x - 8, y: a.y - 6, w: a.w + 16, h: a.h + 12 }, p.user, 0.8);
    const rk = SYSTEM.racks;
    racksPicture(g, rk, s.racks, p);
    for (let i = 0; i < rk.max; i++) {
      if (!this.leds[i]) this.leds[i] = scene.add.image(0, 0, TEX.pixel).setDepth(3).setScale(0.5);
      this.leds[i]!.setVisible(i < s.racks);
      if (i < s.racks) this.leds[i]!.setPosition(rk.x + i * rk.step + 3, rk.y + 4).setTint(p.good);
    }
    const edge = s.heat === 'hot' ? p.bad : s.heat === 'warm' ? p.warn : p.role.engineer;
    appPicture(g, a, s.structure === 'microservices' ? serviceRects() : null, p, edge);
    if (s.heat === 'hot') {
      hatch(g, a, p.bad, 0.3, 9, 2);
      flameIcon(g, a.x + a.w - 6, a.y - 3, 14, p.bad, p.warn);
    }
    this.glow.setPosition(a.x + a.w / 2, a.y + a.h / 2).setDisplaySize(a.w + 12, a.h + 12);
    this.glow
      .setTint(s.heat === 'hot' ? p.bad : p.warn)
      .setAlpha(0.18)
      .setVisible(s.heat !== 'cool');
    // Debt shows as cracks across the application.
    g.lineStyle(1.5, p.debt, 0.9);
    for (let i = 0; i < s.cracks; i++) {
      const cx = a.x + 6 + ((i * 37) % (a.w - 16));
      const cy = a.y + 4 + ((i * 23) % (a.h - 18));
      g.beginPath()
        .moveTo(cx, cy)
        .lineTo(cx + 5, cy + 5)
        .lineTo(cx + 2, cy + 10)
        .lineTo(cx + 7, cy + 14)
        .strokePath();
    }
  }

  private gauge(s: SystemView): void {
    const { g, labels, palette: p } = this.ctx;
    const r = SYSTEM.gauge;
    const u = Math.min(1, s.utilisation);
    const colour = s.heat === 'hot' ? p.bad : s.heat === 'warm' ? p.warn : p.good;
    labels.set('loadTitle', TEXT.loadTitle, 'load', p.muted);
    labels.set('loadValue', TEXT.loadValue, s.labels.load, s.heat === 'hot' ? p.alertText : p.text);
    g.fillStyle(p.panel, 1).fillRoundedRect(r.x, r.y, r.w, r.h, 4);
    const fill = { x: r.x, y: r.y + r.h * (1 - u), w: r.w, h: Math.max(3, r.h * u) };
    g.fillStyle(colour, 1).fillRoundedRect(fill.x, fill.y, fill.w, fill.h, 4);
    if (s.heat === 'hot') hatch(g, fill, p.ink, 0.5, 6, 1.5);
    // The capacity line: above it, requests wait or fail.
    g.lineStyle(2, p.dim, 0.9).lineBetween(r.x - 5, r.y, r.x + r.w + 5, r.y);
  }

  /** The part being migrated is under construction: dashed outline, a striped strip growing with progress. */
  private migration(s: SystemView): void {
    const { g, palette: p } = this.ctx;
    const m = s.migration!;
    const a = SYSTEM.app;
    const area: Rect =
      m.axis === 'placement'
        ? SYSTEM.placement
        : m.axis === 'processing'
          ? SYSTEM.queue
          : m.axis === 'serving'
            ? SYSTEM.model
            : { x: a.x - 10, y: a.y - 8, w: a.w + 20, h: a.h + (m.axis === 'hosting' ? 34 : 16) };
    const frame = { x: area.x - 4, y: area.y - 4, w: area.w + 8, h: area.h + 8 };
    dashedRect(g, frame, p.warn, 1, 5);
    const strip = { x: frame.x, y: frame.y + frame.h - 6, w: Math.max(6, frame.w * m.progress), h: 6 };
    g.fillStyle(p.warn, 0.9).fillRect(strip.x, strip.y, strip.w, strip.h);
    hatch(g, strip, p.ink, 0.8, 6, 1.5);
    this.brickY = strip.y - 3;
    this.brick
      .setTint(p.warn)
      .setPosition(strip.x + strip.w - 5, strip.y - 3)
      .setVisible(true);
  }

  private rows(s: SystemView): void {
    const { g, labels, palette: p } = this.ctx;
    const bad = /still|open/.test(s.labels.incidents);
    labels.set('incidents', TEXT.incidents, s.labels.incidents, bad ? p.alertText : p.muted);
    if (s.migration) {
      labels.set('migration', TEXT.migration, s.labels.migration, p.text);
      bar(g, SYSTEM.migrationBar, s.migration.progress, p.panel, p.warn);
    }
    const sloBad = s.flow.failing > 0.03;
    labels.set('slo', TEXT.slo, s.labels.slo, sloBad ? p.alertText : p.muted);
    labels.set('debt', TEXT.debt, s.labels.debt, s.cracks > 0 ? '#ffb56b' : p.muted);
    labels.set('hosting', TEXT.hosting, s.labels.hosting, p.muted);
  }

  private motion(s: SystemView): void {
    const { scene, palette: p, still } = this.ctx;
    for (const tw of this.tweens) tw.remove();
    this.tweens = [];
    const okShare = 1 - s.flow.failing;
    const travelMs = s.flow.travelMs;
    const perSec = (n: number): number => n / (travelMs / 1000);
    const ok = Math.max(1, Math.round(s.flow.particles * okShare));
    const bad = Math.round(s.flow.particles * s.flow.failing);
    this.requests.set(
      {
        texture: TEX.spark,
        tint: p.user,
        paths: requestPaths(s.structure, s.processing),
        perSec: perSec(ok),
        travelMs,
        fade: 'none',
        max: 24,
      },
      still,
    );
    this.failing.set(
      {
        texture: TEX.fail,
        tint: p.bad,
        paths: failingPaths(),
        perSec: bad ? perSec(bad) * 1.6 : 0,
        travelMs: travelMs * 0.6,
        fade: 'out',
      },
      still,
    );
    if (still) return;
    const on = this.leds.filter((l) => l.visible);
    if (on.length)
      this.tweens.push(
        scene.tweens.add({
          targets: on,
          alpha: 0.2,
          duration: 180,
          yoyo: true,
          repeat: -1,
          repeatDelay: 500,
          delay: scene.tweens.stagger(130),
        }),
      );
    if (this.glow.visible)
      this.tweens.push(
        scene.tweens.add({
          targets: this.glow,
          alpha: s.heat === 'hot' ? 0.45 : 0.3,
          duration: s.heat === 'hot' ? 420 : 900,
          yoyo: true,
          repeat: -1,
        }),
      );
    if (this.brick.visible) {
      const y = this.brickY;
      this.tweens.push(
        scene.tweens.add({
          targets: this.brick,
          y: { from: y - 18, to: y },
          alpha: { from: 0, to: 1 },
          duration: 700,
          ease: 'Bounce.easeOut',
          repeat: -1,
          repeatDelay: 500,
        }),
      );
    }
  }

  update(seconds: number): void {
    this.requests.update(seconds);
    this.failing.update(seconds);
  }

  destroy(): void {
    for (const tw of this.tweens) tw.remove();
    this.requests.destroy();
    this.failing.destroy();
  }
}
