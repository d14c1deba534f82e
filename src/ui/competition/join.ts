/**
 * Opening a competition: the link's fragment (or a short code typed on the title screen) is decoded at boot,
 * and the student sees the "Join" screen — the competition, the briefing, a name to enter and Start. The timer
 * starts on Start and is saved, so a reload keeps the original start. A competition is played once per
 * browser: reopening the link of one started here continues it ("Continue as …"), of one finished here shows
 * its run ("You finished this competition"), never a fresh attempt. A bad or cut link says so plainly.
 */
import type { Competition, PlayerExtras } from '../../replay/index.ts';
import {
  cleanName,
  competitionFragment,
  competitionScenario,
  decodeCompetition,
  nameProblem,
} from '../../replay/index.ts';
import type { LoadedScenario } from '../../scenario/index.ts';
import {
  competitionOver,
  competitionRecord,
  goTo,
  resumeCompetition,
  showFinishedRun,
  startCompetition,
  store,
  timeOut,
  type Accommodation,
  type CompetitionRecord,
} from '../../store/index.ts';
import { bdi, h, iso } from '../dom.ts';
import { turnUnit } from '../format.ts';
import { briefingGrid } from '../screens/briefing.ts';
import { download, saveServices } from '../services.ts';
import type { View } from '../view.ts';
import { competitionTitleNodes } from './common.ts';
import { playerForm } from './join-form.ts';
import { extendedTimeField, limitText } from './join-extended.ts';
import { roundsText } from './rounds-text.ts';
import './competition.css';

type Invite =
  | {
      ok: true;
      competition: Competition;
      loaded: LoadedScenario;
      /** Launched by an LMS: the learner's name there, used as it is (no name to type). */
      learner?: string;
    }
  | { ok: false; message: string };

let invite: Invite | null = null;

function builtInRefs(): { id: string; hash: string }[] {
  return store.getState().catalogue.map((l) => ({ id: l.scenario.id, hash: l.hash }));
}

function readInvite(text: string): Invite {
  const decoded = decodeCompetition(text, builtInRefs());
  if (!decoded.ok) return { ok: false, message: decoded.message };
  const scenario = competitionScenario(decoded.competition, store.getState().catalogue);
  if (!scenario.ok) return { ok: false, message: scenario.message };
  return { ok: true, competition: decoded.competition, loaded: scenario.loaded };
}

/** The competition opened from the address, when it is the one with this id. */
export function openedCompetition(id: string): { competition: Competition; loaded: LoadedScenario } | null {
  return invite?.ok && invite.competition.id === id ? invite : null;
}

/**
 * At boot and when the address's fragment changes: a `#c=…` fragment opens the competition — its finished run
 * when this browser finished it, straight into the game when this browser is playing it, on the Join screen
 * otherwise (which offers to continue a game started here).
 */
export function openCompetitionFromAddress(): void {
  const hash = window.location.hash;
  if (!hash.startsWith('#c=')) return;
  invite = readInvite(hash);
  if (!invite.ok) return goTo('join');
  const id = invite.competition.id;
  const game = store.getState().game;
  const playing = game?.competition?.competition.id === id ? game : null;
  if (playing) {
    if (!competitionOver(playing)) return goTo('play');
    // Time ran out while the page was closed: finish the round (or the game) and show its code.
    if (!playing.run && !playing.checkpoint) return timeOut();
    // The link can be read after the game ended here (at boot it waits for the scenarios): a run or stop screen
    // already showing this game stays as it is, never turned into "You finished this competition".
    if (store.getState().screen === (playing.checkpoint ? 'stop' : 'run')) return;
    return playing.checkpoint ? goTo('stop') : showFinishedRun(id);
  }
  if (competitionRecord(id)?.run) return showFinishedRun(id);
  goTo('join');
}

/** A course game launched by an LMS, not yet started: the Join screen, under the learner's LMS name. */
export function openLmsInvite(competition: Competition, loaded: LoadedScenario, learner: string): void {
  invite = { ok: true, competition, loaded, learner };
  goTo('join');
}

/** A short code (or a pasted link) from the title screen; returns why it cannot be opened, or null. */
export function joinWithCode(text: string): string | null {
  const opened = readInvite(text);
  if (!opened.ok) return opened.message;
  // The address then carries the competition, so a reload comes back to it.
  window.history.replaceState(null, '', `#${competitionFragment(opened.competition)}`);
  openCompetitionFromAddress();
  return null;
}

function brokenLink(message: string): View {
  const el = h(
    'section',
    { className: 'screen join-screen', 'aria-labelledby': 'join-heading' },
    h('h1', { id: 'join-heading', tabindex: '-1' }, 'This competition link does not work'),
    h('p', { className: 'error', id: 'join-problem' }, message),
    h('p', {}, 'Ask your instructor to send the link again, or type the short code on the title screen.'),
    h('button', { type: 'button', onclick: () => goTo('title') }, 'Go to the title screen'),
  );
  return { el, destroy: () => undefined };
}

/**
 * Warns that `action` ("Starting") replaces a game in progress, and offers to keep a practice game as a file
 * first (a competition game is kept in this browser anyway: its link continues it).
 */
export function replaceWarning(action: string, keep?: string): HTMLElement | null {
  const game = store.getState().game;
  if (!game || game.state.status !== 'playing' || game.competition?.competition.id === keep) return null;
  const what = iso`${game.loaded.scenario.title}, turn ${game.state.turn}`;
  if (game.competition)
    return h(
      'div',
      { className: 'join-warning', role: 'note' },
      h(
        'p',
        {},
        `${action} puts away the competition game you have in progress (`,
        ...what,
        '); its clock keeps running, and its link continues it.',
      ),
    );
  const save = (): void => {
    const file = saveServices().exportSave();
    if (file) download(file.fileName, file.text);
  };
  return h(
    'div',
    { className: 'join-warning', role: 'note' },
    h('p', {}, `${action} replaces the game you have in progress (`, ...what, ').'),
    h('button', { type: 'button', onclick: save }, 'Save that game as a file first'),
  );
}

/** The Join screen of a competition started in this browser: no second attempt, only Continue. */
function continueForm(rec: CompetitionRecord, c: Competition, loaded: LoadedScenario): HTMLElement {
  const problem = h('p', { className: 'error', id: 'join-continue-problem', role: 'alert' });
  const started = new Date(rec.startedAt).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
  return h(
    'div',
    { className: 'join-form join-continue' },
    replaceWarning('Continuing', c.id),
    h(
      'p',
      { id: 'join-started' },
      bdi(rec.name),
      ` started this competition in this browser at ${started} (${rec.log.length} turn${rec.log.length === 1 ? '' : 's'} ended). A competition is played once: continue it, on its original clock.`,
    ),
    h(
      'button',
      {
        type: 'button',
        className: 'primary',
        id: 'join-continue',
        onclick: () => {
          if (c.scenario.source)
            saveServices().rememberSource(loaded, c.scenario.source.fileName, c.scenario.source.text);
          problem.textContent = resumeCompetition(loaded, c) ?? '';
        },
      },
      'Continue as ',
      ...(rec.members ? ['team ', bdi(rec.name)] : [bdi(rec.name)]),
    ),
    problem,
  );
}

/** The Start form of a course game launched by an LMS: the learner's name comes from the LMS. */
function lmsForm(
  learner: string,
  start: (name: string, extras: PlayerExtras, accommodation: Accommodation | null) => string | null,
): HTMLElement {
  const problem = h('p', { className: 'error', id: 'join-name-problem', role: 'alert' });
  const submit = (event: Event): void => {
    event.preventDefault();
    const name = cleanName(learner);
    const wrong = nameProblem(name);
    problem.textContent = wrong
      ? `The name your course gives you cannot be used: ${wrong} Ask your instructor.`
      : (start(name, {}, null) ?? '');
  };
  return h(
    'form',
    { className: 'join-form', onsubmit: submit, 'aria-label': 'Join' },
    replaceWarning('Starting'),
    h(
      'p',
      { id: 'join-learner' },
      'You play as ',
      h('strong', {}, bdi(learner)),
      ', the name your course gives.',
    ),
    h('button', { type: 'submit', className: 'primary', id: 'join-start' }, 'Start'),
    h(
      'p',
      { className: 'hint' },
      'Your course keeps your game after every turn: close this page at any time, and open the course again to continue. Your score is sent to the course at the end.',
    ),
    problem,
  );
}

export function joinScreen(): View {
  if (!invite) {
    queueMicrotask(() => goTo('title'));
    return { el: h('section'), destroy: () => undefined };
  }
  if (!invite.ok) return brokenLink(invite.message);
  const { competition: c, loaded } = invite;
  const sc = loaded.scenario;
  const record = competitionRecord(c.id);
  const limit = h('dd', { id: 'join-limit' }, c.timeLimitMinutes > 0 ? limitText(c) : 'no time limit');
  const start = (name: string, extras: PlayerExtras, accommodation: Accommodation | null): string | null => {
    if (c.scenario.source)
      saveServices().rememberSource(loaded, c.scenario.source.fileName, c.scenario.source.text);
    return startCompetition(loaded, c, name, extras, accommodation ?? undefined);
  };
  const unit = turnUnit(sc.params.weeksPerTurn);
  const el = h(
    'section',
    { className: 'screen join-screen', 'aria-labelledby': 'join-heading' },
    h('p', { className: 'eyebrow' }, 'Classroom competition'),
    h('h1', { id: 'join-heading', tabindex: '-1' }, ...competitionTitleNodes(c, sc.title)),
    h(
      'dl',
      { className: 'facts join-facts' },
      h('dt', {}, 'Scenario'),
      h('dd', {}, bdi(sc.title)),
      h('dt', {}, 'Length'),
      h('dd', {}, `${sc.turns} ${unit}s`),
      h('dt', {}, 'Time limit'),
      limit,
      ...(c.stops ? [h('dt', {}, 'Rounds'), h('dd', { id: 'join-rounds' }, roundsText(c, unit))] : []),
      h('dt', {}, 'World seed'),
      h('dd', {}, h('code', {}, bdi(c.seed))),
    ),
    h('p', { id: 'join-rules' }, joinRules(c)),
    briefingGrid(loaded),
    record
      ? continueForm(record, c, loaded)
      : invite.learner !== undefined
        ? lmsForm(invite.learner, start)
        : playerForm(start, replaceWarning('Starting'), (nameInput) =>
            c.timeLimitMinutes > 0 ? extendedTimeField(c, nameInput, limit) : null,
          ),
  );
  return { el, destroy: () => undefined };
}

/** How the clock works, in the student's words. */
function joinRules(c: Competition): string {
  if (c.timeLimitMinutes === 0) return 'The game saves itself as you play. There is no undo.';
  if (!c.stops)
    return 'The timer starts when you press Start and keeps running if you close the tab; the game saves itself as you play. When the time is up, your company runs on with your last plan to the end of the game, and that is what is scored. There is no undo.';
  return `The game pauses for the whole class at each stop: you send your instructor a checkpoint code, and the next round starts when you enter the release code they give. Each round has its own time, from Start or from entering the release code, and keeps running if you close the tab; when a round's time is up, your company runs on with your last plan to the stop (the last round: to the end of the game, which is what is scored). There is no undo.`;
}
