/**
 * The pictures of the system diagram, drawn in code: the users, a cloud region or an edge network, the monolith
 * or its services, server racks, a queue, the model (a chip) and the data (a cylinder). Their names are written
 * beside them, so requests and incident markers pass over pictures, never over words.
 */
import type Phaser from 'phaser';
import type { Rect } from './layout.ts';
import type { Palette } from './palette.ts';

type G = Phaser.GameObjects.Graphics;

function box(g: G, r: Rect, p: Palette, edge: number, radius = 5): void {
  g.fillStyle(p.panel, 1).fillRoundedRect(r.x, r.y, r.w, r.h, radius);
  g.lineStyle(1.5, edge, 1).strokeRoundedRect(r.x, r.y, r.w, r.h, radius);
}

export function usersPicture(g: G, r: Rect, p: Palette): void {
  box(g, r, p, p.user);
  for (let i = 0; i < 3; i++) {
    const cx = r.x + r.w / 2 + (i - 1) * 12;
    g.fillStyle(p.user, 1).fillCircle(cx, r.y + 9, 3.5);
    g.fillStyle(p.user, 0.8).fillRoundedRect(cx - 5, r.y + 14, 10, 6, 3);
  }
}

export function placementPicture(g: G, r: Rect, p: Palette, edge: boolean): void {
  const cx = r.x + r.w / 2;
  const cy = r.y + r.h / 2;
  if (!edge) {
    // A cloud: three puffs on a flat base.
    g.fillStyle(p.dim, 0.9)
      .fillCircle(cx - 10, cy + 3, 7)
      .fillCircle(cx + 2, cy - 3, 10)
      .fillCircle(cx + 13, cy + 3, 7);
    g.fillStyle(p.dim, 0.9).fillRoundedRect(cx - 17, cy + 2, 36, 9, 4);
    return;
  }
  // An edge network: a globe with points of presence around it.
  g.lineStyle(1.5, p.dim, 1)
    .strokeCircle(cx, cy, 10)
    .strokeEllipse(cx, cy, 9, 20)
    .lineBetween(cx - 10, cy, cx + 10, cy);
  for (const [dx, dy] of [
    [-19, -7],
    [19, -7],
    [-19, 8],
    [19, 8],
  ] as const) {
    g.fillStyle(p.user, 1).fillCircle(cx + dx, cy + dy, 2.5);
    g.lineStyle(1, p.dim, 0.7).lineBetween(cx + dx * 0.55, cy + dy * 0.55, cx + dx, cy + dy);
  }
}

/** The monolith: one block in layers; the services: four blocks. */
export function appPicture(g: G, r: Rect, services: Rect[] | null, p: Palette, edge: number): void {
  if (!services) {
    box(g, r, p, edge, 6);
    g.lineStyle(1, edge, 0.5);
    for (let k = 1; k < 4; k++)
      g.lineBetween(r.x + 8, r.y + (r.h * k) / 4, r.x + r.w - 8, r.y + (r.h * k) / 4);
    return;
  }
  for (const s of services) box(g, s, p, edge, 4);
  g.lineStyle(1, edge, 0.6).lineBetween(
    services[0]!.x + services[0]!.w,
    services[0]!.y + 12,
    services[1]!.x,
    services[1]!.y + 12,
  );
}

export function racksPicture(
  g: G,
  r: { x: number; y: number; step: number; w: number; h: number },
  n: number,
  p: Palette,
): void {
  for (let i = 0; i < n; i++) {
    const x = r.x + i * r.step;
    g.fillStyle(p.panel, 1).fillRect(x, r.y, r.w, r.h);
    g.lineStyle(1, p.line, 1).strokeRect(x, r.y, r.w, r.h);
  }
}

export function queuePicture(g: G, r: Rect, p: Palette): void {
  box(g, r, p, p.line, 4);
  g.lineStyle(1, p.dim, 0.8);
  for (let k = 1; k < 5; k++) g.lineBetween(r.x + (r.w * k) / 5, r.y + 4, r.x + (r.w * k) / 5, r.y + r.h - 4);
}

/** The model: a chip with pins. */
export function modelPicture(g: G, r: Rect, p: Palette): void {
  const c = p.role.ml;
  g.lineStyle(1.5, c, 1);
  for (let k = 0; k < 3; k++) {
    const y = r.y + 8 + k * 7;
    g.lineBetween(r.x - 4, y, r.x, y).lineBetween(r.x + r.w, y, r.x + r.w + 4, y);
  }
  box(g, r, p, c, 4);
  g.fillStyle(c, 0.6).fillRect(r.x + 10, r.y + 9, r.w - 20, r.h - 18);
}

/** The data: a cylinder. */
export function dataPicture(g: G, r: Rect, p: Palette): void {
  const c = p.role.ml;
  const cx = r.x + r.w / 2;
  g.fillStyle(p.panel, 1).fillRect(r.x, r.y + 4, r.w, r.h - 8);
  g.lineStyle(1.5, c, 1)
    .lineBetween(r.x, r.y + 4, r.x, r.y + r.h - 4)
    .lineBetween(r.x + r.w, r.y + 4, r.x + r.w, r.y + r.h - 4);
  g.fillStyle(p.panel, 1).fillEllipse(cx, r.y + r.h - 4, r.w, 8);
  g.strokeEllipse(cx, r.y + r.h - 4, r.w, 8);
  g.fillStyle(p.panel, 1).fillEllipse(cx, r.y + 4, r.w, 8);
  g.strokeEllipse(cx, r.y + 4, r.w, 8);
  g.lineStyle(1, c, 0.6).strokeEllipse(cx, r.y + 11, r.w, 6);
}
