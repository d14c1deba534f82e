/**
 * A stream of small pictures moving along paths at a given rate: requests through the system, users arriving
 * and leaving, coins in and out, tickets from the agents. Pooled images moved from the scene's clock, with no
 * allocation per frame; with reduced motion they are laid out still along their paths, so the density still
 * reads.
 */
import type Phaser from 'phaser';

export interface FlowSpec {
  texture: string;
  tint: number;
  /** Paths as flat [x0, y0, x1, y1, …]; particle i follows paths[i % paths.length]. */
  paths: number[][];
  /** Particles started per second (0: none). */
  perSec: number;
  /** Time one particle takes along its path. */
  travelMs: number;
  /** Fade in at the start and/or out at the end of the path. */
  fade: 'none' | 'in' | 'out' | 'both';
  scale?: number;
  max?: number;
}

interface Track {
  xy: number[];
  /** Cumulative length at each point. */
  at: number[];
  length: number;
}

function track(xy: number[]): Track {
  const at = [0];
  for (let i = 2; i < xy.length; i += 2) {
    const dx = xy[i]! - xy[i - 2]!;
    const dy = xy[i + 1]! - xy[i - 1]!;
    at.push(at[at.length - 1]! + Math.sqrt(dx * dx + dy * dy));
  }
  return { xy, at, length: at[at.length - 1]! };
}

export class Flow {
  private readonly images: Phaser.GameObjects.Image[] = [];
  private tracks: Track[] = [];
  private n = 0;
  private cycle = 1;
  private travel = 1;
  private fade: FlowSpec['fade'] = 'none';

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly depth: number,
  ) {}

  set(spec: FlowSpec, still: boolean): void {
    this.tracks = spec.paths.map(track);
    const max = spec.max ?? 24;
    this.n =
      spec.perSec > 0 && this.tracks.length
        ? Math.min(max, Math.max(1, Math.ceil((spec.perSec * spec.travelMs) / 1000)))
        : 0;
    this.travel = spec.travelMs / 1000;
    this.cycle = this.n > 0 ? Math.max(this.travel, this.n / spec.perSec) : 1;
    this.fade = spec.fade;
    while (this.images.length < this.n) {
      const img = this.scene.add.image(0, 0, spec.texture).setDepth(this.depth);
      this.images.push(img);
    }
    this.images.forEach((img, i) => {
      img.setVisible(i < this.n);
      if (i >= this.n) return;
      img
        .setTexture(spec.texture)
        .setTint(spec.tint)
        .setScale(spec.scale ?? 1);
    });
    if (still) this.still();
  }

  /** Reduced motion: every particle placed once, evenly along its path. */
  still(): void {
    for (let i = 0; i < this.n; i++) this.place(i, (i + 0.5) / this.n, 1);
  }

  /** Moves every particle to where it is at `seconds` on the scene's clock. */
  update(seconds: number): void {
    for (let i = 0; i < this.n; i++) {
      const local = (seconds + (i * this.cycle) / this.n) % this.cycle;
      if (local > this.travel) {
        this.images[i]!.setVisible(false);
        continue;
      }
      const p = local / this.travel;
      const alpha =
        (this.fade === 'in' || this.fade === 'both') && p < 0.2
          ? p / 0.2
          : (this.fade === 'out' || this.fade === 'both') && p > 0.7
            ? (1 - p) / 0.3
            : 1;
      this.place(i, p, alpha);
    }
  }

  private place(i: number, p: number, alpha: number): void {
    const t = this.tracks[i % this.tracks.length]!;
    const d = p * t.length;
    let k = 1;
    while (k < t.at.length - 1 && t.at[k]! < d) k++;
    const a = t.at[k - 1]!;
    const seg = t.at[k]! - a;
    const f = seg > 0 ? (d - a) / seg : 0;
    const x = t.xy[2 * k - 2]! + (t.xy[2 * k]! - t.xy[2 * k - 2]!) * f;
    const y = t.xy[2 * k - 1]! + (t.xy[2 * k + 1]! - t.xy[2 * k - 1]!) * f;
    this.images[i]!.setPosition(x, y).setAlpha(alpha).setVisible(true);
  }

  hide(): void {
    for (const img of this.images) img.setVisible(false);
    this.n = 0;
  }

  destroy(): void {
    for (const img of this.images) img.destroy();
    this.images.length = 0;
  }
}
