/**
 * Starts Phaser for the world view only when the play screen needs it (Phaser is most of the game's code, so the
 * title and briefing screens load without it), and feeds it the game and settings: each new game state becomes a
 * WorldModel and, against the one shown before, a Change (a turn played, an undo) for the scene to play.
 */
import type { Game } from '../../store/index.ts';
import { store } from '../../store/index.ts';
import type { WorldModel } from './model.ts';

export interface WorldHandle {
  show(game: Game): void;
  destroy(): void;
}

const SPEED = { slow: 1.8, normal: 1, fast: 0.5 } as const;

/**
 * Device pixels per world unit: the screen's own density (2 on most HiDPI laptops), so the world is as sharp as
 * the page around it; at most 2, since each step up is four times the pixels to draw.
 */
export function worldDensity(devicePixelRatio: number): number {
  return Number.isFinite(devicePixelRatio) && devicePixelRatio > 1.25 ? 2 : 1;
}

/**
 * Whether WebGL here is drawn by the CPU (SwiftShader, llvmpipe: a machine without GPU acceleration, as many
 * school laptops and headless browsers are). There the compositor must read every changed frame of a WebGL
 * canvas back from the GL emulator (measured here: ~0.3 s per frame on a busy 2-core machine), while a 2D canvas
 * is already in memory, so Phaser's Canvas renderer is much faster.
 */
export function softwareWebGL(): boolean {
  try {
    const gl = document.createElement('canvas').getContext('webgl');
    if (!gl) return true;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const renderer = info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : '';
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return /swiftshader|llvmpipe|software|basic render/i.test(renderer);
  } catch {
    return true;
  }
}

/** Loads Phaser and the scene, then calls `ready`; returns a function that cancels a load still under way. */
export function mountWorldLater(host: HTMLElement, ready: (world: WorldHandle) => void): () => void {
  let cancelled = false;
  host.setAttribute('role', 'img');
  host.setAttribute('aria-label', 'The company');
  // The model comes with Phaser, in the play screen's lazy chunk: the title screen loads none of the world.
  void Promise.all([
    import('phaser'),
    import('./office-scene.ts'),
    import('./palette.ts'),
    import('./model.ts'),
    import('./week.ts'),
    import('./describe.ts'),
  ]).then(
    ([
      { default: Phaser },
      scene,
      palettes,
      { worldModel, runwayLabel },
      { changeOf },
      { describeWorld },
    ]) => {
      if (cancelled) return;
      const density = worldDensity(window.devicePixelRatio);
      const office = new scene.OfficeScene(density);
      const game = new Phaser.Game({
        type: softwareWebGL() ? Phaser.CANVAS : Phaser.AUTO,
        parent: host,
        width: scene.WORLD_WIDTH * density,
        height: scene.WORLD_HEIGHT * density,
        backgroundColor: '#10151f',
        banner: false,
        audio: { noAudio: true },
        scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_HORIZONTALLY },
        scene: office,
      });
      const configure = (): void => {
        const st = store.getState().settings;
        office.configure({
          palette: st.palette === 'colour-blind' ? palettes.COLOUR_BLIND : palettes.STANDARD,
          reducedMotion: st.reducedMotion,
          speed: SPEED[st.animationSpeed],
          sound: st.sound,
        });
      };
      configure();
      office.own(
        store.subscribe((s, prev) => {
          if (s.settings !== prev.settings) configure();
        }),
      );
      let shown: { game: Game; model: WorldModel } | null = null;
      ready({
        show: (g) => {
          // The store changes on every drafted decision; the world only when the game state does, except for
          // the runway, which follows the drafted plan's forecast like the dashboard's.
          if (shown && shown.game.state === g.state) {
            const runway = runwayLabel(g);
            if (runway === shown.model.money.labels.runway) return;
            const money = { ...shown.model.money, labels: { ...shown.model.money.labels, runway } };
            shown = { game: g, model: { ...shown.model, money } };
            host.setAttribute('aria-label', describeWorld(shown.model));
            office.showRunway(shown.model);
            return;
          }
          const model = worldModel(g);
          const sameGame = shown && shown.game.loaded.hash === g.loaded.hash && shown.game.seed === g.seed;
          const last = g.history[g.history.length - 1];
          const change = changeOf(
            sameGame ? shown!.model : null,
            model,
            last?.events ?? [],
            g.loaded.scenario.params.weeksPerTurn,
          );
          shown = { game: g, model };
          host.setAttribute('aria-label', describeWorld(model));
          office.show(model, change);
        },
        destroy: () => {
          office.release();
          game.destroy(true);
        },
      });
    },
  );
  return () => {
    cancelled = true;
  };
}
