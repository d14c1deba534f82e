/**
 * The agent seats: small machines at work (their lights blink, finished work rises off them), whose output is
 * reviewed (a tick on every seat and on its work), spot-checked (on every other one) or not reviewed at all
 * (hatched seats, work marked "!", a warning sign and the line in the alert colour). Draws a TeamView's agents.
 */
import type Phaser from 'phaser';
import { Flow } from './flows.ts';
import { hatch, warningIcon, type Ctx } from './kit.ts';
import { AGENTS, TEXT } from './layout.ts';
import type { TeamView } from './model.ts';
import { ticketPaths } from './paths.ts';
import { TEX } from './textures.ts';

/** Whether seat `i`'s work gets a human's review under the policy (sampling: every other seat). */
const checked = (t: TeamView, i: number): boolean =>
  t.review === 'all' || (t.review === 'sample' && i % 2 === 0);

export class AgentsPart {
  private readonly eyes: Phaser.GameObjects.Image[] = [];
  private readonly reviewed: Flow;
  private readonly unreviewed: Flow;
  private blink: Phaser.Tweens.Tween | null = null;

  constructor(private readonly ctx: Ctx) {
    this.reviewed = new Flow(ctx.scene, 3);
    this.unreviewed = new Flow(ctx.scene, 3);
  }

  draw(t: TeamView): void {
    const { g, labels, palette: p, scene } = this.ctx;
    while (this.eyes.length < AGENTS.max * 2)
      this.eyes.push(scene.add.image(0, 0, TEX.pixel).setDepth(3).setScale(0.8).setVisible(false));
    this.eyes.forEach((e, k) => e.setVisible(k < t.agentsShown * 2));
    if (t.agents > 0)
      labels.set('agents', TEXT.agents, t.labels.agents, t.review === 'none' ? p.alertText : p.muted);
    const s = AGENTS.size;
    for (let i = 0; i < t.agentsShown; i++) {
      const x = AGENTS.x + i * AGENTS.step;
      const y = AGENTS.y;
      g.fillStyle(p.agent, 1).fillRoundedRect(x, y, s, s, 4);
      g.lineStyle(1.5, p.agent, 1).lineBetween(x + s / 2, y, x + s / 2, y - 4);
      g.fillStyle(p.background, 1).fillRect(x + 3, y + 4, s - 6, 8);
      this.eyes[i * 2]!.setPosition(x + 7, y + 8)
        .setTint(p.good)
        .setAlpha(1);
      this.eyes[i * 2 + 1]!.setPosition(x + 13, y + 8)
        .setTint(p.good)
        .setAlpha(1);
      if (t.review === 'none') hatch(g, { x, y: y + 13, w: s, h: s - 13 }, p.warn, 0.95, 5, 2);
      else if (checked(t, i)) {
        g.lineStyle(2, p.good, 1)
          .beginPath()
          .moveTo(x + 5, y + 16)
          .lineTo(x + 8, y + 18.5)
          .lineTo(x + 14, y + 13.5);
        g.strokePath();
      }
    }
    if (t.agents > 0 && t.review === 'none')
      warningIcon(g, AGENTS.x + t.agentsShown * AGENTS.step + 10, AGENTS.y + 10, 18, p.warn, p.ink);
    this.motion(t);
  }

  private motion(t: TeamView): void {
    const { scene, palette: p, still } = this.ctx;
    const paths = ticketPaths(t.agentsShown);
    const ok = paths.filter((_, i) => checked(t, i));
    const other = paths.filter((_, i) => !checked(t, i));
    const ticket = { travelMs: 1400, fade: 'both' as const, scale: 0.9 };
    this.reviewed.set(
      { ...ticket, texture: TEX.ticketOk, tint: p.good, paths: ok, perSec: ok.length * 0.45 },
      still,
    );
    const none = t.review === 'none';
    this.unreviewed.set(
      {
        ...ticket,
        texture: none ? TEX.ticketBad : TEX.ticket,
        tint: none ? p.warn : p.dim,
        paths: other,
        perSec: other.length * 0.45,
      },
      still,
    );
    this.blink?.remove();
    this.blink = null;
    const eyes = this.eyes.slice(0, t.agentsShown * 2);
    if (still || eyes.length === 0) return;
    this.blink = scene.tweens.add({
      targets: eyes,
      alpha: 0.25,
      duration: 260,
      yoyo: true,
      repeat: -1,
      repeatDelay: 1600,
      delay: scene.tweens.stagger(140),
    });
  }

  update(seconds: number): void {
    this.reviewed.update(seconds);
    this.unreviewed.update(seconds);
  }

  destroy(): void {
    this.blink?.remove();
    this.reviewed.destroy();
    this.unreviewed.destroy();
  }
}
