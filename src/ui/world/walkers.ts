/**
 * People walking through the office door in the turn transition: new hires walk in to their desks, people who
 * left walk out from the back of the office. Pooled figures, tinted by role.
 */
import type Phaser from 'phaser';
import type { Role } from '../../engine/index.ts';
import type { Ctx } from './kit.ts';
import { deskOrigin, DOOR, MAX_DESKS, PERSON } from './layout.ts';
import { TEX } from './textures.ts';

export class Walkers {
  private readonly pool: Phaser.GameObjects.Image[] = [];

  constructor(private readonly ctx: Ctx) {}

  /** New hires walk in from the door to their desks; `arrived` is called once the last one sits. */
  walkIn(desks: readonly number[], roles: readonly Role[], durMs: number, arrived: () => void): void {
    desks.forEach((desk, k) => {
      const { x, y } = deskOrigin(desk);
      const to = { x: x + PERSON.headX, y: y + PERSON.headY + 6 };
      this.walk(
        roles[k]!,
        { x: DOOR.x + 8, y: DOOR.y },
        to,
        k * 120,
        durMs,
        true,
        k === desks.length - 1 ? arrived : null,
      );
    });
  }

  /** People who left walk from the back of the office (from desk `from` on) out of the door. */
  walkOut(roles: readonly Role[], from: number, durMs: number): void {
    roles.forEach((role, k) => {
      const { x, y } = deskOrigin(Math.min(MAX_DESKS - 1, from + k));
      const at = { x: x + PERSON.headX, y: y + PERSON.headY + 6 };
      this.walk(role, at, { x: DOOR.x - 4, y: DOOR.y }, k * 140, durMs, false, null);
    });
  }

  private walk(
    role: Role,
    from: { x: number; y: number },
    to: { x: number; y: number },
    delay: number,
    duration: number,
    arriving: boolean,
    done: (() => void) | null,
  ): void {
    const { scene, palette: p } = this.ctx;
    let w = this.pool.find((img) => !img.visible);
    if (!w) {
      w = scene.add.image(0, 0, TEX.figure).setDepth(4);
      this.pool.push(w);
    }
    const walker = w
      .setPosition(from.x, from.y)
      .setTint(p.role[role])
      .setAlpha(arriving ? 0 : 1);
    walker.setVisible(true);
    scene.tweens.add({
      targets: walker,
      x: to.x,
      y: to.y,
      alpha: arriving ? 1 : 0,
      delay,
      duration,
      ease: 'Sine.easeInOut',
      onComplete: () => {
        walker.setVisible(false);
        done?.();
      },
    });
  }

  /** Ends every walk under way (a new turn came, or the scene stops). */
  stop(): void {
    for (const w of this.pool) {
      this.ctx.scene.tweens.killTweensOf(w);
      w.setVisible(false);
    }
  }

  destroy(): void {
    this.stop();
    for (const w of this.pool) w.destroy();
    this.pool.length = 0;
  }
}
