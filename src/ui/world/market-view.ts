/**
 * The users and money panel: the crowd of users (one dot per 1, 10, 100 … users) with users arriving from the
 * left and leaving to the right at rates proportional to the turn's gains and losses, the cash with its trend
 * over the last turns, what comes in and goes out per turn and coins flowing in and out at those rates.
 * Draws a MarketView and a MoneyView; no logic.
 */
import type Phaser from 'phaser';
import { Flow } from './flows.ts';
import type { Ctx } from './kit.ts';
import { COINS, dotPosition, DOTS, SPARK, TEXT } from './layout.ts';
import { cashText, usersText, type MarketView, type MoneyView } from './model.ts';
import { arrivalPaths, coinInPaths, coinOutPaths, departurePaths } from './paths.ts';
import { TEX } from './textures.ts';

export class MarketPart {
  private readonly arriving: Flow;
  private readonly leaving: Flow;
  private readonly coinsIn: Flow;
  private readonly coinsOut: Flow;
  private readonly flights: Phaser.GameObjects.Image[] = [];

  constructor(private readonly ctx: Ctx) {
    this.arriving = new Flow(ctx.scene, 3);
    this.leaving = new Flow(ctx.scene, 3);
    this.coinsIn = new Flow(ctx.scene, 3);
    this.coinsOut = new Flow(ctx.scene, 3);
  }

  draw(m: MarketView, money: MoneyView): void {
    const { g, labels, palette: p, still } = this.ctx;
    labels.set('marketTitle', TEXT.marketTitle, 'Users', p.text, true);
    const scaleText = labels.set('dotScale', TEXT.dotScale, m.labels.scale, p.muted);
    g.fillStyle(p.user, 0.9).fillCircle(
      TEXT.dotScale.x + TEXT.dotScale.w - scaleText.width - 10,
      TEXT.dotScale.y + 10,
      DOTS.r,
    );
    for (let i = 0; i < m.dots; i++) {
      const { x, y } = dotPosition(i);
      g.fillStyle(p.user, 0.9).fillCircle(x + 6, y + 6, DOTS.r);
    }
    this.users(m.users);
    labels.set('usersDelta', TEXT.usersDelta, m.labels.delta, m.lost > m.gained ? p.alertText : p.muted);
    this.cash(money.cash);
    this.sparkline(money.trend);
    labels.set('burn', TEXT.burn, money.labels.burn, money.profit < 0 ? p.alertText : p.goodText);
    labels.set('runway', TEXT.runway, money.labels.runway, p.muted);
    labels.set('moneyIn', TEXT.moneyIn, money.labels.in, p.muted);
    labels.set('moneyOut', TEXT.moneyOut, money.labels.out, p.muted);
    // The cash box the coins go into and come out of.
    g.fillStyle(p.money, 0.25).fillRoundedRect(COINS.jar - 10, COINS.y - 11, 20, 22, 5);
    g.lineStyle(1.5, p.money, 1).strokeRoundedRect(COINS.jar - 10, COINS.y - 11, 20, 22, 5);
    g.lineStyle(1, p.line, 1).lineBetween(COINS.from, COINS.y + 12, COINS.to, COINS.y + 12);
    const walk = { texture: TEX.dot, tint: p.user, travelMs: 1500, scale: 0.8 };
    this.arriving.set({ ...walk, paths: arrivalPaths(m.dots), perSec: m.flow.inPerSec, fade: 'in' }, still);
    this.leaving.set(
      { ...walk, tint: p.dim, paths: departurePaths(m.dots), perSec: m.flow.outPerSec, fade: 'out' },
      still,
    );
    const coin = { texture: TEX.coin, tint: p.money, travelMs: 1300, fade: 'none' as const };
    this.coinsIn.set({ ...coin, paths: coinInPaths(), perSec: money.coins.inPerSec }, still);
    this.coinsOut.set({ ...coin, paths: coinOutPaths(), perSec: money.coins.outPerSec, fade: 'out' }, still);
  }

  /** Shows a new runway (the plan changed, the turn did not). */
  runway(label: string): void {
    this.ctx.labels.set('runway', TEXT.runway, label, this.ctx.palette.muted);
  }

  users(n: number): void {
    this.ctx.labels.set('users', TEXT.users, usersText(n), this.ctx.palette.text, true);
  }

  cash(dollars: number): void {
    this.ctx.labels.set('cash', TEXT.cash, cashText(dollars), this.ctx.palette.text, true);
  }

  private sparkline(trend: readonly number[]): void {
    const { g, palette: p } = this.ctx;
    const r = SPARK;
    g.lineStyle(1, p.line, 1).lineBetween(r.x, r.y + r.h, r.x + r.w, r.y + r.h);
    if (trend.length < 2) return;
    let lo = Infinity;
    let hi = -Infinity;
    for (const v of trend) {
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
    const span = hi - lo || 1;
    const x = (i: number): number => r.x + (r.w * i) / (trend.length - 1);
    const y = (v: number): number => r.y + r.h - (r.h * (v - lo)) / span;
    const falling = trend[trend.length - 1]! < trend[0]!;
    g.lineStyle(2, falling ? p.bad : p.money, 1)
      .beginPath()
      .moveTo(x(0), y(trend[0]!));
    for (let i = 1; i < trend.length; i++) g.lineTo(x(i), y(trend[i]!));
    g.strokePath();
    g.fillStyle(falling ? p.bad : p.money, 1).fillCircle(x(trend.length - 1), y(trend[trend.length - 1]!), 3);
  }

  /** Transition: `n` users fly in from the left (into the new dots when there are some), spread over `durMs`. */
  flyIn(n: number, newDots: [number, number], durMs: number): void {
    const paths = arrivalPaths(Math.max(1, newDots[1]));
    for (let k = 0; k < n; k++) {
      const to = newDots[1] > newDots[0] ? dotPosition(newDots[0] + (k % (newDots[1] - newDots[0]))) : null;
      const path = paths[k % paths.length]!;
      this.fly(
        path[0]!,
        path[1]!,
        to ? to.x + 6 : path[2]!,
        to ? to.y + 6 : path[3]!,
        (k / Math.max(1, n)) * durMs * 0.8,
        700,
        this.ctx.palette.user,
        'in',
      );
    }
  }

  /** Transition: `n` users leave the crowd to the right. */
  flyOut(n: number, dots: number, durMs: number): void {
    const paths = departurePaths(dots);
    for (let k = 0; k < n; k++) {
      const path = paths[k % paths.length]!;
      this.fly(
        path[0]!,
        path[1]!,
        path[2]! + 6,
        path[3]!,
        (k / Math.max(1, n)) * durMs * 0.8 + 150,
        800,
        this.ctx.palette.bad,
        'out',
      );
    }
  }

  private fly(
    x1: number,
    y1: number,
    x2: number,
    y2: number,
    delay: number,
    dur: number,
    tint: number,
    way: 'in' | 'out',
  ): void {
    const { scene } = this.ctx;
    let img = this.flights.find((f) => !f.visible);
    if (!img) {
      img = scene.add.image(0, 0, TEX.dot).setDepth(4);
      this.flights.push(img);
    }
    const dot = img
      .setPosition(x1, y1)
      .setTint(tint)
      .setAlpha(way === 'in' ? 0 : 1)
      .setScale(way === 'in' ? 1.6 : 1);
    dot.setVisible(true);
    scene.tweens.add({
      targets: dot,
      x: x2,
      y: y2,
      alpha: way === 'in' ? 1 : 0,
      scale: 1,
      delay,
      duration: dur,
      ease: 'Cubic.easeOut',
      onComplete: () => dot.setVisible(false),
    });
  }

  stopFlights(): void {
    for (const f of this.flights) {
      this.ctx.scene.tweens.killTweensOf(f);
      f.setVisible(false);
    }
  }

  update(seconds: number): void {
    this.arriving.update(seconds);
    this.leaving.update(seconds);
    this.coinsIn.update(seconds);
    this.coinsOut.update(seconds);
  }

  destroy(): void {
    for (const f of [this.arriving, this.leaving, this.coinsIn, this.coinsOut]) f.destroy();
  }
}
