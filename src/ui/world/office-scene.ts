/**
 * The world scene: the team, the system and the market drawn from a WorldModel by their parts, kept alive
 * between turns by the parts' continuous motion (none with reduced motion), and the turn transition played
 * from a Change. It holds no game logic: model.ts and week.ts decide what to show. It releases everything it
 * owns (tweens, timers, pooled objects and the subscriptions handed to it) when it shuts down.
 */
import Phaser from 'phaser';
import { Labels, type Ctx } from './kit.ts';
import { PANELS, WORLD_HEIGHT, WORLD_WIDTH } from './layout.ts';
import { MarketPart } from './market-view.ts';
import { Markers } from './markers.ts';
import type { WorldModel } from './model.ts';
import type { Palette } from './palette.ts';
import { STANDARD } from './palette.ts';
import { Cues } from './sound.ts';
import { SystemPart } from './system-view.ts';
import { TeamPart } from './team-view.ts';
import { makeTextures } from './textures.ts';
import type { Change } from './week.ts';
import { WeekPart } from './week-view.ts';

export { WORLD_HEIGHT, WORLD_WIDTH };

export interface SceneOptions {
  palette: Palette;
  reducedMotion: boolean;
  /** Multiplier of animation durations (0.5 fast, 1 normal, 1.8 slow). */
  speed: number;
  sound: boolean;
}

interface Parts {
  ctx: Ctx;
  /** The static layer, baked into one texture after each redraw: a frame then draws one quad, not hundreds of shapes. */
  baked: Phaser.Textures.DynamicTexture;
  team: TeamPart;
  system: SystemPart;
  market: MarketPart;
  markers: Markers;
  week: WeekPart;
}

const NO_DESKS: ReadonlySet<number> = new Set();

export class OfficeScene extends Phaser.Scene {
  private options: SceneOptions = { palette: STANDARD, reducedMotion: false, speed: 1, sound: false };
  private parts: Parts | null = null;
  private readonly cues = new Cues();
  private model: WorldModel | null = null;
  private pending: { model: WorldModel; change: Change } | null = null;
  private releases: (() => void)[] = [];
  private clock = 0;

  /** `density`: device pixels per world unit (2 on a HiDPI screen), so the world is drawn at the screen's own sharpness. */
  constructor(private readonly density = 1) {
    super({ key: 'office' });
  }

  /** Hands the scene a subscription (or any clean-up) to release when it shuts down. */
  own(release: () => void): void {
    this.releases.push(release);
  }

  create(): void {
    makeTextures(this);
    const d = this.density;
    // The canvas has `d` device pixels per world unit: the camera zooms from the top-left corner, and the baked
    // picture is drawn at the canvas's density and shown at world size.
    this.cameras.main.setOrigin(0, 0).setZoom(d);
    const g = this.add.graphics().setVisible(false).setScale(d);
    const baked = this.textures.addDynamicTexture('w-static', WORLD_WIDTH * d, WORLD_HEIGHT * d)!;
    this.add
      .image(0, 0, baked)
      .setOrigin(0, 0)
      .setDepth(0)
      .setScale(1 / d);
    const ctx: Ctx = {
      scene: this,
      g,
      labels: new Labels(this, 5, d),
      palette: this.options.palette,
      still: false,
    };
    const team = new TeamPart(ctx);
    const market = new MarketPart(ctx);
    const markers = new Markers(ctx);
    const week = new WeekPart(ctx, {
      team,
      market,
      markers,
      cues: this.cues,
      seatEveryone: () => this.redraw(NO_DESKS),
    });
    this.parts = { ctx, baked, team, system: new SystemPart(ctx), market, markers, week };
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => this.release());
    this.events.once(Phaser.Scenes.Events.DESTROY, () => this.release());
    this.applyOptions();
    if (this.pending) this.show(this.pending.model, this.pending.change);
    this.pending = null;
  }

  configure(options: SceneOptions): void {
    this.options = options;
    this.cues.enabled = options.sound;
    if (!this.parts) return;
    this.parts.week.stop();
    this.applyOptions();
    if (this.model) this.settle(this.model);
  }

  private applyOptions(): void {
    const parts = this.parts!;
    parts.ctx.palette = this.options.palette;
    parts.ctx.still = this.options.reducedMotion;
    this.tweens.timeScale = 1 / this.options.speed;
    this.time.timeScale = 1 / this.options.speed;
  }

  /** Draws `model`; plays `change` (a turn played, an undo) over it. */
  show(model: WorldModel, change: Change): void {
    const parts = this.parts;
    if (!parts) {
      this.pending = { model, change };
      return;
    }
    parts.week.stop();
    this.model = model;
    if (change.kind !== 'turn') {
      this.settle(model);
      if (change.kind === 'undo') parts.week.note(change.title, change.headline);
      return;
    }
    const walking = parts.ctx.still ? NO_DESKS : new Set(change.play.arrivals);
    this.redraw(walking);
    parts.markers.set(model.incidents);
    parts.week.start(change.play, model);
  }

  /** The drafted plan changed and with it the runway: only its label is redrawn. */
  showRunway(model: WorldModel): void {
    if (!this.parts) {
      if (this.pending) this.pending.model = model;
      return;
    }
    this.model = model;
    this.parts.market.runway(model.money.labels.runway);
  }

  private settle(model: WorldModel): void {
    this.model = model;
    this.redraw(NO_DESKS);
    this.parts!.markers.set(model.incidents);
    this.parts!.markers.settle();
  }

  private redraw(emptyDesks: ReadonlySet<number>): void {
    const parts = this.parts;
    const m = this.model;
    if (!parts || !m) return;
    const { g, labels, palette: p } = parts.ctx;
    g.clear();
    labels.begin();
    g.fillStyle(p.background, 1).fillRect(0, 0, WORLD_WIDTH, WORLD_HEIGHT);
    for (const r of Object.values(PANELS)) {
      g.fillStyle(p.floor, 1).fillRoundedRect(r.x, r.y, r.w, r.h, 10);
      g.lineStyle(1, p.line, 1).strokeRoundedRect(r.x, r.y, r.w, r.h, 10);
    }
    parts.team.draw(m.team, emptyDesks);
    parts.system.draw(m.system);
    parts.market.draw(m.market, m.money);
    labels.end();
    parts.baked.clear().draw([g]).render();
  }

  override update(_time: number, delta: number): void {
    const parts = this.parts;
    if (!parts || parts.ctx.still) return;
    this.clock += delta / 1000 / this.options.speed;
    parts.team.update(this.clock);
    parts.system.update(this.clock);
    parts.market.update(this.clock);
  }

  /** Releases what the scene owns; safe to call more than once. */
  release(): void {
    for (const release of this.releases.splice(0)) release();
    const parts = this.parts;
    if (!parts) return;
    this.parts = null;
    parts.week.destroy();
    parts.markers.clear();
    parts.team.destroy();
    parts.system.destroy();
    parts.market.destroy();
    parts.ctx.labels.destroy();
    parts.baked.destroy();
  }
}
