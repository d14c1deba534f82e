/**
 * Colours of the world, standard and colour-blind safe (Okabe–Ito), as 0xRRGGBB numbers for Phaser. No state is
 * told by colour alone: shapes and patterns carry it too (kit.ts icons and hatching, role accessories, markers).
 */
import type { Role } from '../../engine/index.ts';

export interface Palette {
  background: number;
  floor: number;
  panel: number;
  line: number;
  text: string;
  muted: string;
  /** Text for bad news (losses, missed SLO) and good news, readable on the panels. */
  alertText: string;
  goodText: string;
  /** Ink for faces and icon strokes on coloured shapes. */
  ink: number;
  /** The muted text colour as a number, for quiet shapes. */
  dim: number;
  role: Record<Role, number>;
  agent: number;
  good: number;
  warn: number;
  bad: number;
  user: number;
  money: number;
  debt: number;
}

export const STANDARD: Palette = {
  background: 0x10151f,
  floor: 0x1a2230,
  panel: 0x222c3d,
  line: 0x3a475e,
  text: '#e8edf5',
  muted: '#9aa8bd',
  alertText: '#ff8a8a',
  goodText: '#9be37b',
  ink: 0x0b0f17,
  dim: 0x9aa8bd,
  role: { engineer: 0x5aa9ff, ml: 0xb48cff, sre: 0x4fd1a1, product: 0xffc857 },
  agent: 0x8fa3bf,
  good: 0x4fd1a1,
  warn: 0xffc857,
  bad: 0xff5d5d,
  user: 0x7cc4ff,
  money: 0x9be37b,
  debt: 0xff9f43,
};

export const COLOUR_BLIND: Palette = {
  ...STANDARD,
  role: { engineer: 0x0072b2, ml: 0xcc79a7, sre: 0x009e73, product: 0xe69f00 },
  good: 0x009e73,
  warn: 0xe69f00,
  bad: 0xd55e00,
  user: 0x56b4e9,
  money: 0xf0e442,
  debt: 0xd55e00,
  alertText: '#f0a070',
  goodText: '#7fd8f0',
};
