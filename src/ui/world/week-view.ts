/**
 * The turn transition: a banner names the turn just played ("Week 3") with its headline and a clock running
 * through it; on that clock incidents break out, are detected and fixed, new hires walk in and leavers walk
 * out, users fly in and out, and users and cash count to their new values. With reduced motion the world is
 * drawn settled at once and the banner stands still for a moment. Plays a WeekPlay; no logic.
 */
import type Phaser from 'phaser';
import { Labels, type Ctx } from './kit.ts';
import { BANNER } from './layout.ts';
import type { MarketPart } from './market-view.ts';
import type { Markers } from './markers.ts';
import type { WorldModel } from './model.ts';
import type { Cues } from './sound.ts';
import type { TeamPart } from './team-view.ts';
import { TEX } from './textures.ts';
import type { Beat, WeekPlay } from './week.ts';

/** The turn's clock at normal speed; the scene's time scale stretches it for slow and fast. */
export const TURN_MS = 2800;
const HOLD_MS = 700;

export interface WeekParts {
  team: TeamPart;
  market: MarketPart;
  markers: Markers;
  cues: Cues;
  /** Redraws the team with every desk filled (once the new hires have walked in). */
  seatEveryone: () => void;
}

export class WeekPart {
  private readonly box: Phaser.GameObjects.Graphics;
  private readonly fill: Phaser.GameObjects.Image;
  private readonly text: Labels;
  private clock: Phaser.Tweens.Tween | null = null;
  private timers: Phaser.Time.TimerEvent[] = [];
  private play: WeekPlay | null = null;
  private model: WorldModel | null = null;
  private next = 0;
  private hour = -1;
  private shownUsers = NaN;
  private shownCash = NaN;

  constructor(
    private readonly ctx: Ctx,
    private readonly parts: WeekParts,
  ) {
    this.box = ctx.scene.add.graphics().setDepth(8).setVisible(false);
    this.fill = ctx.scene.add.image(0, 0, TEX.pixel).setDepth(9).setOrigin(0, 0).setVisible(false);
    this.text = new Labels(ctx.scene, 9);
  }

  get playing(): boolean {
    return this.play !== null;
  }

  /**
   * Plays the turn just ended over a world already drawn as it is now, with the incident markers hidden and the
   * new hires' desks empty (they walk in).
   */
  start(play: WeekPlay, model: WorldModel): void {
    this.stop();
    this.play = play;
    this.model = model;
    this.next = 0;
    this.hour = -1;
    this.shownUsers = NaN;
    this.shownCash = NaN;
    this.banner(play.title, play.headline);
    if (this.ctx.still) {
      this.parts.markers.settle();
      this.setClock(play.clock.length - 1, 1);
      this.later(1800, () => this.hide());
      this.play = null;
      return;
    }
    this.parts.market.flyIn(play.dotsIn, play.newDots, TURN_MS);
    this.parts.market.flyOut(play.dotsOut, model.market.dots, TURN_MS);
    // The banner's box stays opaque from its first frame to its last: the text rows it stands in for never show
    // through it half-faded (only what is written on it fades).
    this.ctx.scene.tweens.add({ targets: [this.fill], alpha: { from: 0, to: 1 }, duration: 200 });
    this.clock = this.ctx.scene.tweens.addCounter({
      from: 0,
      to: 1,
      duration: TURN_MS,
      onUpdate: (tw) => this.step(tw.getValue() ?? 0),
      onComplete: () => this.finish(),
    });
  }

  /** Undo: no turn is played; the banner only says which turn is being planned again. */
  note(title: string, headline: string): void {
    this.stop();
    this.banner(title, headline, false);
    this.text.get('clock')?.setVisible(false);
    this.later(1600, () => this.hide());
  }

  private banner(title: string, headline: string, clock = true): void {
    const { palette: p } = this.ctx;
    const b = BANNER.box;
    this.box.clear().setAlpha(1).setVisible(true);
    this.box.fillStyle(p.background, 1).fillRoundedRect(b.x, b.y, b.w, b.h, 8);
    this.box.lineStyle(2, p.line, 1).strokeRoundedRect(b.x, b.y, b.w, b.h, 8);
    if (clock)
      this.box
        .fillStyle(p.panel, 1)
        .fillRoundedRect(BANNER.bar.x, BANNER.bar.y, BANNER.bar.w, BANNER.bar.h, 4);
    this.text.begin();
    this.text.set('title', BANNER.title, title, p.text, true);
    this.text.set('headline', BANNER.headline, headline, p.text);
    this.text.end();
    this.fill.setPosition(BANNER.bar.x, BANNER.bar.y).setTint(p.user).setAlpha(1).setVisible(clock);
    this.fill.setDisplaySize(1, BANNER.bar.h);
  }

  private setClock(index: number, share: number): void {
    const play = this.play;
    if (play && index >= 0 && index !== this.hour) {
      this.hour = index;
      this.text.set('clock', BANNER.clock, play.clock[index] ?? '', this.ctx.palette.muted);
    }
    if (index < 0) this.text.get('clock')?.setVisible(false);
    this.fill.setDisplaySize(Math.max(1, BANNER.bar.w * share), BANNER.bar.h);
  }

  private step(p: number): void {
    const play = this.play;
    const model = this.model;
    if (!play || !model) return;
    this.setClock(Math.min(play.clock.length - 1, Math.floor(p * play.clock.length)), p);
    const eased = 1 - (1 - p) * (1 - p);
    const users = Math.round(play.users.from + (play.users.to - play.users.from) * eased);
    if (users !== this.shownUsers) this.parts.market.users((this.shownUsers = users));
    const cash = Math.round((play.cash.from + (play.cash.to - play.cash.from) * eased) / 100) * 100;
    if (cash !== this.shownCash) this.parts.market.cash((this.shownCash = cash));
    while (this.next < play.beats.length && play.beats[this.next]!.at <= p)
      this.fire(play.beats[this.next++]!, model);
    for (let i = 0; i < model.incidents.length; i++) {
      const inc = model.incidents[i]!;
      if (p >= inc.shown.detected && p < inc.shown.fixed) {
        const share = (p - inc.shown.detected) / (inc.shown.fixed - inc.shown.detected);
        this.parts.markers.show(i, 'detected', share);
      }
    }
  }

  private fire(beat: Beat, model: WorldModel): void {
    const play = this.play!;
    const { markers, team, cues } = this.parts;
    switch (beat.kind) {
      case 'incident-start':
        markers.show(beat.incident, 'breaking');
        cues.incident();
        return;
      case 'incident-detected':
        markers.show(beat.incident, 'detected', 0);
        return;
      case 'incident-fixed':
        markers.show(beat.incident, 'fixed');
        cues.fixed();
        return;
      case 'arrivals': {
        const roles = play.arrivals.map((i) => model.team.people[i]!.role);
        team.walkers.walkIn(play.arrivals, roles, 900, () => this.parts.seatEveryone());
        return;
      }
      case 'leavers':
        team.walkers.walkOut(play.leavers, model.team.people.length, 1000);
        return;
    }
  }

  private finish(): void {
    const play = this.play;
    this.clock = null;
    if (!play) return;
    this.parts.market.users(play.users.to);
    this.parts.market.cash(play.cash.to);
    this.parts.markers.settle();
    this.play = null;
    this.later(HOLD_MS, () => {
      this.ctx.scene.tweens.add({
        targets: [this.fill, ...this.text.all()],
        alpha: 0,
        duration: 300,
        onComplete: () => this.hide(),
      });
    });
  }

  private later(ms: number, run: () => void): void {
    this.timers.push(this.ctx.scene.time.delayedCall(ms, run));
  }

  private hide(): void {
    this.box.setVisible(false);
    this.fill.setVisible(false);
    this.text.begin();
    this.text.end();
    for (const t of this.text.all()) t.setAlpha(1);
  }

  /** Ends a transition under way at once, leaving the world settled (a new turn came, or the scene stops). */
  stop(): void {
    const play = this.play;
    this.clock?.remove();
    this.clock = null;
    for (const t of this.timers) t.remove(false);
    this.timers = [];
    this.ctx.scene.tweens.killTweensOf([this.box, this.fill, ...this.text.all()]);
    this.parts.team.walkers.stop();
    this.parts.market.stopFlights();
    if (play) {
      this.parts.market.users(play.users.to);
      this.parts.market.cash(play.cash.to);
      this.parts.markers.settle();
      this.parts.seatEveryone();
    }
    this.play = null;
    this.hide();
  }

  destroy(): void {
    this.stop();
    this.text.destroy();
  }
}
