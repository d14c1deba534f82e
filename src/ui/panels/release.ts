/** Release decision: ship, gate on evals (with threshold), A/B, canary, roll back, hold. */
import type { ReleaseMode } from '../../engine/index.ts';
import { RELEASE_MODES } from '../../engine/index.ts';
import { evalNoise } from '../../engine/model.ts';
import { plannedPlan, propose, type Game } from '../../store/index.ts';
import { RELEASE_TEXT } from '../describe.ts';
import { fieldOf, h, listen } from '../dom.ts';
import { pct } from '../format.ts';
import { radios, section, showValue, stepButtons } from './section.ts';
import { liveParams } from '../live-params.ts';

function candidateNote(game: Game): HTMLElement {
  const m = game.state.model;
  const noise = evalNoise(liveParams(game).model.evalNoise, game.state.practices.evalCoverage);
  if (!m.candidate) {
    return h(
      'p',
      { className: 'hint' },
      `Model v${m.version} is live (eval ${pct(m.evalScore)}). Training the next version: ${pct(m.training)}.`,
    );
  }
  return h(
    'p',
    { className: 'candidate' },
    `Model v${m.candidate.version} is waiting: eval ${pct(m.candidate.evalScore)} \u00b1${pct(noise)} `,
    `(live v${m.version}: ${pct(m.evalScore)}). Evals measure quality with noise; more coverage, less noise.`,
  );
}

export function releasePanel(game: Game): HTMLElement {
  const plan = plannedPlan(game.state, game.draft);
  const canRollback = game.state.model.version !== game.state.model.previousVersion;
  const options = RELEASE_MODES.map((mode: ReleaseMode) => ({
    value: mode,
    label: RELEASE_TEXT[mode].label,
    hint: RELEASE_TEXT[mode].hint,
    disabled: mode === 'rollback' && !canRollback && plan.release !== 'rollback',
  }));
  const thresholdId = 'eval-threshold';
  const value = Math.round(plan.policies.evalThreshold * 100);
  const out = h('output', { for: thresholdId, id: `${thresholdId}-value` }, `${value}%`);
  const threshold = h('input', {
    type: 'range',
    id: thresholdId,
    min: 30,
    max: 95,
    step: 5,
    value,
    'aria-valuetext': `${value}%`,
  });
  listen(threshold, 'input', (e) => showValue(`${thresholdId}-value`, fieldOf(e).value));
  listen(threshold, 'change', (e) =>
    propose({ type: 'policy/eval-threshold', threshold: Number(fieldOf(e).value) / 100 }),
  );
  return section(
    'release',
    'Release',
    candidateNote(game),
    radios('release', 'How a new model version goes out', options, plan.release, (mode) =>
      propose({ type: 'release/set', mode }),
    ),
    h(
      'div',
      { className: 'slider-row stepped' },
      h('label', { for: thresholdId }, 'Eval gate threshold'),
      threshold,
      ...stepButtons(
        thresholdId,
        'the eval gate threshold',
        value,
        { min: 30, max: 95, step: 5, unit: '5 points' },
        (v) => propose({ type: 'policy/eval-threshold', threshold: v / 100 }),
      ),
      out,
    ),
  );
}
