/**
 * The team panel: people at their desks, typing (new hires paler and slower, with onboarding pips and their
 * mentor's help flowing to them; firefighters at red screens with a flame), reserved desks with a suitcase for
 * accepted offers, the agent seats (agents-view.ts), morale and burnout, and the door people walk through
 * (walkers.ts). Draws a TeamView; no logic.
 */
import type Phaser from 'phaser';
import type { Role } from '../../engine/index.ts';
import { AgentsPart } from './agents-view.ts';
import { Flow } from './flows.ts';
import { bar, dashedRect, flameIcon, hatch, type Ctx } from './kit.ts';
import { deskOrigin, DOOR, MAX_DESKS, METERS, PANELS, PERSON, TEXT } from './layout.ts';
import type { Person, TeamView } from './model.ts';
import { mentorPaths } from './paths.ts';
import { TEX } from './textures.ts';
import { Walkers } from './walkers.ts';

type Image = Phaser.GameObjects.Image;

export class TeamPart {
  private readonly hands: Image[] = [];
  private readonly screens: Image[] = [];
  private readonly mentoring: Flow;
  private readonly agents: AgentsPart;
  readonly walkers: Walkers;
  private tweens: Phaser.Tweens.Tween[] = [];

  constructor(private readonly ctx: Ctx) {
    this.mentoring = new Flow(ctx.scene, 3);
    this.agents = new AgentsPart(ctx);
    this.walkers = new Walkers(ctx);
  }

  /** Draws the team; desks in `hidden` are left empty (their person is still walking in). */
  draw(t: TeamView, hidden: ReadonlySet<number>): void {
    const { g, labels, palette: p } = this.ctx;
    const panel = PANELS.team;
    g.fillStyle(p.panel, 1).fillRect(panel.x, DOOR.y - 14, 6, 28);
    g.lineStyle(1.5, p.line, 1).strokeRect(panel.x, DOOR.y - 14, 6, 28);
    labels.set('teamTitle', TEXT.teamTitle, 'Team', p.text, true);
    labels.set('teamCount', TEXT.teamCount, t.labels.count, p.muted);
    for (let i = 0; i < MAX_DESKS; i++) {
      const { x, y } = deskOrigin(i);
      const person = t.people[i];
      const reserved = !person && i - t.people.length < t.arriving.length;
      if (person && !hidden.has(i)) this.person(x, y, person, t.morale);
      else if (person || reserved) this.desk(x, y, reserved);
      else if (i < Math.max(12, t.people.length + t.arriving.length)) this.desk(x, y, false);
      this.deskImages(i, x, y, person && !hidden.has(i) ? person : null);
    }
    this.agents.draw(t);
    labels.set('morale', TEXT.morale, t.labels.morale, p.muted);
    labels.set('burnout', TEXT.burnout, t.labels.burnout, t.burnout >= 0.5 ? p.alertText : p.muted);
    const meter = { y: METERS.y, w: METERS.w, h: METERS.h };
    bar(g, { x: METERS.moraleX, ...meter }, t.morale, p.panel, p.good);
    bar(g, { x: METERS.burnoutX, ...meter }, t.burnout, p.panel, p.bad);
    if (t.burnout >= 0.5)
      hatch(g, { x: METERS.burnoutX, ...meter, w: METERS.w * t.burnout }, p.ink, 0.6, 5, 1.5);
    labels.set('teamStatus', TEXT.teamStatus, t.labels.status, p.text);
    if (t.labels.note) labels.set('teamNote', TEXT.teamNote, t.labels.note, p.muted);
    this.motion(t);
  }

  private desk(x: number, y: number, reserved: boolean): void {
    const { g, palette: p } = this.ctx;
    const top = { x: x + 3, y: y + PERSON.deskY, w: 46, h: 10 };
    if (!reserved) {
      g.lineStyle(1, p.line, 0.8).strokeRoundedRect(top.x, top.y, top.w, top.h, 3);
      return;
    }
    dashedRect(g, top, p.dim, 0.9, 4);
    // A suitcase on the chair: someone has accepted and is on their way.
    g.fillStyle(p.dim, 1).fillRoundedRect(x + 10, y + 16, 14, 10, 2);
    g.lineStyle(1.5, p.dim, 1).strokeRect(x + 14, y + 13, 6, 3);
  }

  private person(x: number, y: number, person: Person, morale: number): void {
    const { g, palette: p } = this.ctx;
    const colour = p.role[person.role];
    const alpha = person.stage === null ? 1 : 0.55;
    const cx = x + PERSON.headX;
    const cy = y + PERSON.headY;
    g.fillStyle(colour, alpha).fillRoundedRect(cx - 10, cy + 9, 20, 14, 6);
    g.fillStyle(colour, alpha).fillCircle(cx, cy, PERSON.r);
    accessory(g, person.role, cx, cy, p.ink);
    face(g, cx, cy, morale, p.ink);
    // The desk in front of them.
    g.fillStyle(p.panel, 1).fillRoundedRect(x + 3, y + PERSON.deskY, 46, 10, 3);
    g.lineStyle(1, p.line, 1).strokeRoundedRect(x + 3, y + PERSON.deskY, 46, 10, 3);
    if (person.stage !== null) {
      for (let k = 0; k < 4; k++) {
        const px = x + 6 + k * 10;
        if (k <= person.stage) g.fillStyle(p.good, 1).fillRect(px, y + PERSON.pipY, 8, 4);
        else g.lineStyle(1, p.dim, 1).strokeRect(px, y + PERSON.pipY, 8, 4);
      }
    }
    if (person.firefighting) flameIcon(g, x + 47, y + PERSON.screenY - 6, 12, p.bad, p.warn);
  }

  private deskImages(i: number, x: number, y: number, person: Person | null): void {
    const { scene, palette: p } = this.ctx;
    if (!this.hands[i]) {
      this.hands[i] = scene.add.image(0, 0, TEX.hand).setDepth(3);
      this.screens[i] = scene.add.image(0, 0, TEX.screen).setDepth(2);
    }
    const hand = this.hands[i]!;
    const screen = this.screens[i]!;
    hand.setVisible(!!person);
    screen.setVisible(!!person);
    if (!person) return;
    screen.setPosition(x + PERSON.screenX + 7, y + PERSON.screenY + 5).setAlpha(1);
    screen.setTint(person.firefighting ? p.bad : 0xcfe0f5);
    hand.setPosition(x + PERSON.handX + 4, y + PERSON.handY + 2).setTint(p.role[person.role]);
    hand.setAlpha(person.stage === null ? 1 : 0.7);
  }

  private motion(t: TeamView): void {
    const { scene, palette: p, still } = this.ctx;
    for (const tw of this.tweens) tw.remove();
    this.tweens = [];
    const mentors = mentorPaths(t.people);
    const help = { texture: TEX.spark, tint: p.good, travelMs: 1100, fade: 'both' as const };
    this.mentoring.set({ ...help, paths: mentors, perSec: mentors.length * 0.8 }, still);
    if (still) return;
    const seated = t.people.map((person, i) => ({ person, i })).filter(({ i }) => this.hands[i]!.visible);
    const tap = (targets: Image[], ms: number, stagger: number): void => {
      if (targets.length === 0) return;
      const delay = scene.tweens.stagger(stagger);
      this.tweens.push(scene.tweens.add({ targets, y: '-=3', duration: ms, yoyo: true, repeat: -1, delay }));
    };
    tap(
      seated.filter(({ person }) => person.stage === null).map(({ i }) => this.hands[i]!),
      t.typingMs,
      53,
    );
    tap(
      seated.filter(({ person }) => person.stage !== null).map(({ i }) => this.hands[i]!),
      t.typingMs * 1.8,
      71,
    );
    const screens = seated.map(({ i }) => this.screens[i]!);
    if (screens.length) {
      const delay = scene.tweens.stagger(170);
      this.tweens.push(
        scene.tweens.add({ targets: screens, alpha: 0.6, duration: 700, yoyo: true, repeat: -1, delay }),
      );
    }
  }

  update(seconds: number): void {
    this.mentoring.update(seconds);
    this.agents.update(seconds);
  }

  destroy(): void {
    for (const tw of this.tweens) tw.remove();
    this.mentoring.destroy();
    this.agents.destroy();
    this.walkers.destroy();
  }
}

function accessory(g: Phaser.GameObjects.Graphics, role: Role, cx: number, cy: number, ink: number): void {
  switch (role) {
    case 'engineer': // headphones
      g.lineStyle(2, ink, 0.9)
        .beginPath()
        .arc(cx, cy, PERSON.r + 1, Math.PI, 0)
        .strokePath();
      g.fillStyle(ink, 0.9)
        .fillRect(cx - PERSON.r - 2, cy - 1, 3, 5)
        .fillRect(cx + PERSON.r - 1, cy - 1, 3, 5);
      return;
    case 'ml': // glasses
      g.lineStyle(1.4, ink, 1)
        .strokeCircle(cx - 3.2, cy - 1, 2.8)
        .strokeCircle(cx + 3.2, cy - 1, 2.8);
      return;
    case 'sre': // a helmet
      g.fillStyle(ink, 0.85)
        .slice(cx, cy - 2.5, PERSON.r + 1, Math.PI, 0)
        .fillPath();
      return;
    case 'product': // a tie
      g.fillStyle(ink, 0.9).fillTriangle(cx - 3, cy + 10, cx + 3, cy + 10, cx, cy + 20);
      return;
  }
}

function face(g: Phaser.GameObjects.Graphics, x: number, y: number, morale: number, ink: number): void {
  g.fillStyle(ink, 1)
    .fillCircle(x - 3, y - 1, 1.3)
    .fillCircle(x + 3, y - 1, 1.3);
  const curve = morale > 0.6 ? 2 : morale < 0.4 ? -2 : 0;
  g.lineStyle(1.4, ink, 1)
    .beginPath()
    .moveTo(x - 3.5, y + 3.5)
    .lineTo(x, y + 3.5 + curve)
    .lineTo(x + 3.5, y + 3.5)
    .strokePath();
}
