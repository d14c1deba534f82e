/**
 * The few small pictures the world's moving parts are made of, drawn in code once per game (white, so one
 * texture serves every colour by tint): dots, requests, coins, hands, screens, figures, tickets, bricks.
 */
import type Phaser from 'phaser';

export const TEX = {
  dot: 'w-dot',
  spark: 'w-spark',
  fail: 'w-fail',
  coin: 'w-coin',
  hand: 'w-hand',
  screen: 'w-screen',
  figure: 'w-figure',
  ticket: 'w-ticket',
  ticketOk: 'w-ticket-ok',
  ticketBad: 'w-ticket-bad',
  brick: 'w-brick',
  pixel: 'w-pixel',
} as const;

type Draw = (g: Phaser.GameObjects.Graphics) => void;

const PICTURES: Record<keyof typeof TEX, [number, number, Draw]> = {
  dot: [12, 12, (g) => g.fillStyle(0xffffff).fillCircle(6, 6, 5.5)],
  spark: [8, 8, (g) => g.fillStyle(0xffffff).fillCircle(4, 4, 3.2)],
  fail: [
    10,
    10,
    (g) => g.lineStyle(2.4, 0xffffff).lineBetween(1.5, 1.5, 8.5, 8.5).lineBetween(8.5, 1.5, 1.5, 8.5),
  ],
  coin: [
    12,
    12,
    (g) => g.fillStyle(0xffffff).fillCircle(6, 6, 5.5).lineStyle(1.2, 0x888888).strokeCircle(6, 6, 3.2),
  ],
  hand: [8, 4, (g) => g.fillStyle(0xffffff).fillRoundedRect(0, 0, 8, 4, 2)],
  screen: [
    14,
    10,
    (g) =>
      g
        .fillStyle(0xffffff)
        .fillRect(0, 0, 14, 10)
        .fillStyle(0x555555)
        .fillRect(2, 2, 8, 1.5)
        .fillRect(2, 5, 10, 1.5)
        .fillRect(4, 7.5, 6, 1.5),
  ],
  figure: [18, 30, (g) => g.fillStyle(0xffffff).fillCircle(9, 7, 7).fillRoundedRect(1, 15, 16, 14, 6)],
  ticket: [10, 12, (g) => g.fillStyle(0xffffff).fillRect(0, 0, 10, 12)],
  ticketOk: [
    10,
    12,
    (g) => {
      g.fillStyle(0xffffff).fillRect(0, 0, 10, 12);
      g.lineStyle(1.8, 0x222222).beginPath().moveTo(2, 6.5).lineTo(4.2, 9).lineTo(8.2, 3).strokePath();
    },
  ],
  ticketBad: [
    10,
    12,
    (g) => {
      g.fillStyle(0xffffff).fillRect(0, 0, 10, 12);
      g.fillStyle(0x222222).fillRect(4, 2, 2, 5).fillRect(4, 8.5, 2, 2);
    },
  ],
  brick: [10, 5, (g) => g.fillStyle(0xffffff).fillRect(0, 0, 10, 5)],
  pixel: [4, 4, (g) => g.fillStyle(0xffffff).fillRect(0, 0, 4, 4)],
};

/** Creates the textures (once per game: textures outlive a scene restart). */
export function makeTextures(scene: Phaser.Scene): void {
  const g = scene.make.graphics({ x: 0, y: 0 }, false);
  for (const name of Object.keys(PICTURES) as (keyof typeof TEX)[]) {
    if (scene.textures.exists(TEX[name])) continue;
    const [w, h, draw] = PICTURES[name];
    g.clear();
    draw(g);
    g.generateTexture(TEX[name], w, h);
  }
  g.destroy();
}
