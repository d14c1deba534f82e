/**
 * The turn loop: the company drawn by Phaser, the dashboard and last turn's events on the left, the plan on the
 * right. Re-renders its panels from the store and puts keyboard focus back where it was.
 */
import { goTo, store, type Game } from '../../store/index.ts';
import { afterPaint } from '../after-paint.ts';
import { announce } from '../announce.ts';
import { fill, h } from '../dom.ts';
import { CONTROLS, type Control } from '../../scenario/index.ts';
import { disclosure } from '../disclosure.ts';
import { turnWords } from '../format.ts';
import { architecturePanel } from '../panels/architecture.ts';
import { capacityPanel } from '../panels/capacity.ts';
import { dashboard } from '../panels/dashboard.ts';
import { draftPanel } from '../panels/draft.ts';
import { eventsPanel } from '../panels/events.ts';
import { boardPanel, policiesPanel } from '../panels/policies.ts';
import { releasePanel } from '../panels/release.ts';
import { teamPanel } from '../panels/team.ts';
import { turnLog } from '../panels/turn-log.ts';
import { onForecast } from '../runway.ts';
import { turnSummary } from '../summary.ts';
import { competitionTimer } from '../competition/timer.ts';
import type { View } from '../view.ts';
import { mountWorldLater, type WorldHandle } from '../world/mount.ts';
import { morphFill } from '../morph.ts';
import { descriptionsSeen, markDescriptionsSeen } from '../seen-descriptions.ts';
import { focusBefore, restoreFocus, trackDraftHeight } from './play-focus.ts';
import { hud } from './play-hud.ts';

/**
 * A read-only tab (another tab plays this game on): every control of the plan and Undo are disabled, so nothing
 * silently does nothing; the read-only note's Save file, Keys, Settings and Quit stay.
 */
function disableControls(plan: HTMLElement, top: HTMLElement): void {
  for (const control of Array.from(
    plan.querySelectorAll<HTMLInputElement | HTMLButtonElement>('input, button'),
  ))
    if (control.id !== 'read-only-save') control.disabled = true;
  const undo = top.querySelector<HTMLButtonElement>('#rewind');
  if (undo) undo.disabled = true;
}

/** What the live region says after Undo turn: which turn was taken back and what is being planned now. */
function undoSummary(game: Game): string {
  const words = turnWords(game.loaded.scenario);
  const n = game.state.turn + 1;
  const back = game.draft.length;
  return `${words.nth(n, true)} undone. You are planning ${words.nth(n)} again${back > 0 ? `, with its ${back} decision${back === 1 ? '' : 's'} back in the plan` : ''}.`;
}

const PANELS: Record<Control, (game: Game) => HTMLElement> = {
  capacity: capacityPanel,
  release: releasePanel,
  team: teamPanel,
  architecture: architecturePanel,
  policies: policiesPanel,
  board: boardPanel,
};

/** The plan's controls on screen now (disclosure.ts), a new one marked, and a word on those still to come. */
function controlPanels(game: Game): HTMLElement[] {
  const d = disclosure(game);
  const panels = CONTROLS.filter((c) => d.shown.has(c)).map((c) => {
    const panel = PANELS[c](game);
    if (d.fresh.has(c)) {
      panel.classList.add('fresh-control');
      panel.querySelector('h3')?.append(h('span', { className: 'badge new-badge' }, 'new'));
    }
    return panel;
  });
  if (d.hidden > 0)
    panels.push(
      h(
        'p',
        { className: 'hint', id: 'controls-to-come' },
        `${d.hidden} more control${d.hidden === 1 ? '' : 's'} will appear as the ${turnWords(game.loaded.scenario).units} introduce them.`,
      ),
    );
  return panels;
}

/** The world in words, one line per part (team, system, users and money), for a phone. */
async function fillWorldSummary(host: HTMLElement, game: Game): Promise<void> {
  const [{ worldModel }, { describeWorldParts }] = await Promise.all([
    import('../world/model.ts'),
    import('../world/describe.ts'),
  ]);
  fill(host, h('ul', {}, ...describeWorldParts(worldModel(game)).map((line) => h('li', {}, line))));
}

/** The plan's title, with the toggle that shows every control's description (or hides them again). */
function planHead(game: Game, showHints: boolean, toggle: () => void): HTMLElement {
  return h(
    'div',
    { className: 'plan-head' },
    h('h2', { className: 'plan-title' }, `Plan ${turnWords(game.loaded.scenario).nth(game.state.turn + 1)}`),
    h(
      'button',
      {
        type: 'button',
        id: 'toggle-hints',
        className: 'link',
        'aria-pressed': String(showHints),
        onclick: toggle,
      },
      'Show every description',
    ),
  );
}

/** The plan's footer with the competition's time left just above End turn (always on screen). */
function withTimer(draft: HTMLElement, timer: HTMLElement | null): HTMLElement {
  if (timer) draft.insertBefore(timer, draft.querySelector('#end-turn'));
  return draft;
}

export function playScreen(): View {
  const top = h('header', { className: 'hud' });
  const worldHost = h('div', { className: 'world', id: 'world' });
  // On a phone the world is this readable summary (the canvas is hidden by the stylesheet and never loaded).
  const summary = h('section', { className: 'world-summary', 'aria-label': 'The company' });
  const phone = matchMedia('(max-width: 600px)').matches;
  const dash = h('div', { className: 'dash-host' });
  const log = h('div', { className: 'log-host' });
  const plan = h('div', { className: 'plan-host' });
  const el = h(
    'section',
    { className: 'screen play-screen', 'aria-labelledby': 'play-heading' },
    top,
    h(
      'div',
      { className: 'play-grid' },
      h('div', { className: 'left-col' }, worldHost, summary, dash, log),
      h('div', { className: 'plan-col', role: 'region', 'aria-label': 'Plan' }, plan),
    ),
  );
  let shown: Game | null = null;
  let world: WorldHandle | null = null;
  /** The player's choice of descriptions (null: shown in the first two turns of the player's first game only). */
  let hints: boolean | null = null;
  const seenBefore = descriptionsSeen();
  const session = store.getState().game?.competition;
  const timer = session ? competitionTimer(session) : null;

  const draftHeight = trackDraftHeight(plan);

  // The world is drawn after the panels are painted: End turn shows its numbers at once, and the canvas (text
  // drawn into textures) starts the week's transition once they are on screen. Several renders meanwhile draw it
  // once.
  let worldPending = false;
  const showWorldAfterPaint = (): void => {
    if (worldPending || !world) return;
    worldPending = true;
    afterPaint(() => {
      worldPending = false;
      const g = store.getState().game;
      if (g && store.getState().screen === 'play') world?.show(g);
    });
  };

  // A render can set off another (a control's change fires while its panel is replaced): the inner one waits, and
  // the outer one renders again from the store when it is done, so the last state always wins.
  let rendering = false;
  let again = false;
  const render = (game: Game): void => {
    if (rendering) {
      again = true;
      return;
    }
    rendering = true;
    try {
      paint(game);
    } finally {
      rendering = false;
    }
    const latest = store.getState().game;
    if (again && latest) {
      again = false;
      render(latest);
    }
  };

  const paint = (game: Game): void => {
    const before = focusBefore(el);
    const turnChanged = shown?.state !== game.state;
    const undone = shown !== null && game.state.turn < shown.state.turn;
    morphFill(top, ...hud(game, timer?.el ?? null));
    morphFill(dash, dashboard(game));
    if (turnChanged) morphFill(log, turnLog(game));
    // Descriptions of the controls on demand once they have been read: shown in the first two turns, then on
    // hover or focus of their control, or all again with the toggle.
    const showHints = hints ?? (game.state.turn < 2 && !seenBefore);
    if (game.state.turn >= 2 && !seenBefore) markDescriptionsSeen();
    plan.classList.toggle('terse', !showHints);
    morphFill(
      plan,
      planHead(game, showHints, () => {
        hints = !showHints;
        const g = store.getState().game;
        if (g) render(g);
      }),
      eventsPanel(game),
      ...controlPanels(game),
      withTimer(draftPanel(game), timer?.compact ?? null),
    );
    if (store.getState().readOnly) disableControls(plan, top);
    if (phone) void fillWorldSummary(summary, game);
    draftHeight.update();
    restoreFocus(before, el, turnChanged && shown !== null);
    // One column: the turn's results are below the world and the dashboard; bring them into view.
    if (turnChanged && shown !== null && !undone && matchMedia('(max-width: 1100px)').matches)
      log.scrollIntoView({ block: 'start' });
    if (undone) announce(undoSummary(game));
    else if (turnChanged && shown && game.history.length > 0) announce(turnSummary(game));
    showWorldAfterPaint();
    shown = game;
  };

  const unsubscribe = store.subscribe((st, prev) => {
    const changed =
      st.game !== prev.game ||
      st.draftError !== prev.draftError ||
      st.readOnly !== prev.readOnly ||
      st.settings !== prev.settings;
    if (st.game && changed && st.screen === 'play') render(st.game);
  });
  // A newer forecast (computed after the paint of a turn or a change of plan) redraws what reads it.
  const stopForecast = onForecast(() => {
    const g = store.getState().game;
    if (g && store.getState().screen === 'play') render(g);
  });
  const game = store.getState().game;
  if (game) render(game);
  else queueMicrotask(() => goTo('title'));
  const cancelWorld = phone
    ? () => undefined
    : mountWorldLater(worldHost, (w) => {
        world = w;
        const g = store.getState().game;
        if (g) w.show(g);
      });
  return {
    el,
    destroy: () => {
      unsubscribe();
      stopForecast();
      draftHeight.stop();
      timer?.destroy();
      cancelWorld();
      world?.destroy();
      // A draw still scheduled for after the next paint finds no world.
      world = null;
    },
  };
}
