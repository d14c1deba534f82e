/**
 * Where things go on the world canvas (960 × 400 logical pixels): the three panels, the nodes of the system
 * diagram, the desks, and one slot per line of text. Pure data, so a test checks that no two text slots overlap
 * and that every font is at least MIN_FONT (12 CSS px at the canvas's smallest size: 720 px wide at 768 px).
 */

export const WORLD_WIDTH = 960;
export const WORLD_HEIGHT = 400;

/** 16 logical px ≈ 12 CSS px when the canvas is drawn 720 px wide (a 768 px window). */
export const MIN_FONT = 16;
export const TITLE_FONT = 18;
export const BIG_FONT = 22;
export const FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", sans-serif';

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface TextSlot {
  x: number;
  y: number;
  /** Widest the text may be; longer text is cut with an ellipsis. */
  w: number;
  size: number;
  align: 'left' | 'right' | 'center';
}

/** Height a line of text takes at `size` (what the overlap test uses). */
export const lineHeight = (size: number): number => Math.ceil(size * 1.25);

export const slotRect = (s: TextSlot): Rect => ({ x: s.x, y: s.y, w: s.w, h: lineHeight(s.size) });

const slot = (
  x: number,
  y: number,
  w: number,
  size = MIN_FONT,
  align: TextSlot['align'] = 'left',
): TextSlot => ({
  x,
  y,
  w,
  size,
  align,
});

export const PANELS = {
  team: { x: 8, y: 8, w: 336, h: 384 },
  system: { x: 352, y: 8, w: 336, h: 384 },
  market: { x: 696, y: 8, w: 256, h: 384 },
} satisfies Record<string, Rect>;

// ---------------------------------------------------------------- team

export const DESKS = { x: 22, y: 44, cols: 6, rows: 4, w: 52, h: 50 };
/** A person at a desk, relative to the desk's corner: head, desk top, screen, hands, onboarding pips. */
export const PERSON = {
  headX: 17,
  headY: 11,
  r: 8.5,
  deskY: 32,
  screenX: 34,
  screenY: 21,
  handX: 27,
  handY: 29,
  pipY: 45,
};
export const MAX_DESKS = DESKS.cols * DESKS.rows;
/** Where people come in and go out (a gap in the panel's left wall, between the desks and the agents). */
export const DOOR = { x: 12, y: 236 };
export const AGENTS = { x: 22, y: 276, step: 26, size: 20, max: 12 };
export const METERS = { y: 328, w: 146, h: 8, moraleX: 22, burnoutX: 186 };

export function deskOrigin(i: number): { x: number; y: number } {
  return { x: DESKS.x + (i % DESKS.cols) * DESKS.w, y: DESKS.y + Math.floor(i / DESKS.cols) * DESKS.h };
}

// ---------------------------------------------------------------- system

export const SYSTEM = {
  users: { x: 448, y: 40, w: 44, h: 24 },
  placement: { x: 444, y: 78, w: 52, h: 28 },
  app: { x: 430, y: 120, w: 80, h: 58 },
  racks: { x: 431, y: 186, step: 8, w: 6, h: 14, max: 10 },
  queue: { x: 446, y: 208, w: 48, h: 22 },
  model: { x: 452, y: 242, w: 36, h: 30 },
  data: { x: 410, y: 245, w: 28, h: 24 },
  gauge: { x: 632, y: 140, w: 16, h: 122 },
  migrationBar: { x: 596, y: 327, w: 80, h: 10 },
  /** The column requests travel down, from the users to the model, over the components' pictures. */
  flowX: 470,
  flowTop: 60,
  flowBottom: 257,
} satisfies Record<string, unknown>;

/** The four services of a microservice structure, inside the app's rectangle. */
export function serviceRects(): Rect[] {
  const a = SYSTEM.app;
  const w = 36;
  const h = 25;
  return [0, 1, 2, 3].map((i) => ({
    x: a.x + 2 + (i % 2) * (w + 4),
    y: a.y + 2 + Math.floor(i / 2) * (h + 4),
    w,
    h,
  }));
}

// ---------------------------------------------------------------- market and money

// The last row ends 16 px above the users line: dots never touch their label.
export const DOTS = { x: 714, y: 46, cols: 12, rows: 8, step: 19, rowStep: 16, r: 5.5 };
export const MAX_DOTS = DOTS.cols * DOTS.rows;
export const SPARK = { x: 836, y: 250, w: 104, h: 24 };
export const COINS = { y: 372, from: 712, jar: 824, to: 940 };

export function dotPosition(i: number): { x: number; y: number } {
  return { x: DOTS.x + (i % DOTS.cols) * DOTS.step, y: DOTS.y + Math.floor(i / DOTS.cols) * DOTS.rowStep };
}

// ---------------------------------------------------------------- text slots

export const TEXT = {
  teamTitle: slot(20, 14, 96, TITLE_FONT),
  teamCount: slot(120, 15, 212, MIN_FONT, 'right'),
  agents: slot(22, 246, 310),
  morale: slot(22, 304, 146),
  burnout: slot(186, 304, 146),
  teamStatus: slot(22, 344, 310),
  teamNote: slot(22, 366, 310),

  systemTitle: slot(364, 14, 90, TITLE_FONT),
  systemTag: slot(456, 15, 220, MIN_FONT, 'right'),
  usersNode: slot(364, 42, 78, MIN_FONT, 'right'),
  placementNode: slot(364, 82, 74, MIN_FONT, 'right'),
  appNode: slot(522, 139, 76),
  queueNode: slot(500, 209, 96),
  modelNode: slot(494, 247, 102),
  dataNode: slot(364, 247, 40, MIN_FONT, 'right'),
  loadTitle: slot(600, 118, 80, MIN_FONT, 'center'),
  loadValue: slot(600, 266, 80, MIN_FONT, 'center'),
  incidents: slot(364, 298, 312),
  migration: slot(364, 321, 226),
  slo: slot(364, 344, 204),
  debt: slot(576, 344, 100, MIN_FONT, 'right'),
  hosting: slot(364, 367, 312),

  marketTitle: slot(708, 14, 90, TITLE_FONT),
  dotScale: slot(800, 15, 140, MIN_FONT, 'right'),
  users: slot(708, 180, 232, BIG_FONT),
  usersDelta: slot(708, 210, 232),
  cash: slot(708, 246, 124, BIG_FONT),
  burn: slot(708, 278, 232),
  runway: slot(708, 300, 232),
  moneyIn: slot(708, 326, 112),
  moneyOut: slot(828, 326, 112, MIN_FONT, 'right'),
} satisfies Record<string, TextSlot>;

export type TextKey = keyof typeof TEXT;

/** The transition's banner: over the text rows at the bottom of the system panel, which it replaces meanwhile. */
export const BANNER = {
  box: { x: 360, y: 292, w: 320, h: 96 },
  title: slot(372, 298, 120, BIG_FONT),
  clock: slot(496, 302, 172, MIN_FONT, 'right'),
  headline: slot(372, 328, 296),
  bar: { x: 372, y: 360, w: 296, h: 10 },
} as const;

const centre = (r: Rect): { x: number; y: number } => ({ x: r.x + r.w / 2, y: r.y + r.h / 2 });

/** Where each kind of incident shows: on the picture of the part it hits (its label stays beside it). */
export const SPOTS = {
  app: centre(SYSTEM.app),
  load: { x: SYSTEM.gauge.x + SYSTEM.gauge.w / 2, y: SYSTEM.gauge.y + 22 },
  model: centre(SYSTEM.model),
  data: centre(SYSTEM.data),
  edge: centre(SYSTEM.placement),
  money: { x: 926, y: 256 },
} as const;
export type Spot = keyof typeof SPOTS;

/** Rough width of `text` at `size` in the game's sans-serif, for fitting before a canvas exists. */
export function estimateWidth(text: string, size: number): number {
  let w = 0;
  for (const ch of text) w += /[\s.,:;'|!il1()]/.test(ch) ? 0.3 : /[A-Z%$mw@]/.test(ch) ? 0.75 : 0.56;
  return w * size;
}

/** `text`, cut with an ellipsis to fit `width` at `size` by the estimate (the scene cuts again by measure). */
export function fitText(text: string, size: number, width: number): string {
  if (estimateWidth(text, size) <= width) return text;
  let cut = text;
  while (cut.length > 1 && estimateWidth(`${cut}\u2026`, size) > width) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}\u2026`;
}
