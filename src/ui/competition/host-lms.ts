/**
 * The Host screen's "For your LMS" block: the competition just created, as a SCORM 1.2, SCORM 2004 or cmi5
 * package to upload to a course, with an optional pass score. The packaging code loads only when asked for.
 */
import { MAX_SCORE, passScoreProblem } from '../../lms/course.ts';
import { LMS_STANDARDS, STANDARD_LABEL, type LmsStandard } from '../../lms/standards.ts';
import type { Competition } from '../../replay/index.ts';
import { h } from '../dom.ts';

export function lmsPackageBlock(c: Competition, scenarioTitle: string): HTMLElement {
  const format = h(
    'select',
    { id: 'host-lms-format' },
    ...LMS_STANDARDS.map((s) => h('option', { value: s }, STANDARD_LABEL[s])),
  );
  const pass = h('input', {
    id: 'host-lms-pass',
    type: 'number',
    min: 0,
    max: MAX_SCORE,
    step: 1,
    inputmode: 'numeric',
    'aria-describedby': 'host-lms-pass-hint',
  });
  const status = h('p', { className: 'hint', role: 'status', id: 'host-lms-status' });
  const button = h('button', { type: 'button', id: 'host-lms-download' }, 'Download the package');
  button.addEventListener('click', () => {
    const passScore = pass.value.trim() === '' ? null : Number(pass.value);
    const wrong = passScoreProblem(passScore);
    if (wrong) {
      status.textContent = wrong;
      status.className = 'error';
      return;
    }
    status.className = 'hint';
    status.textContent = 'Making the package\u2026';
    button.disabled = true;
    import('../lms/export.ts')
      .then((m) =>
        m.exportPackage(format.value as LmsStandard, c, scenarioTitle, passScore, (done, total) => {
          status.textContent = `Making the package\u2026 (${done} of ${total} files)`;
        }),
      )
      .then(({ fileName, bytes }) => {
        status.textContent = `Downloaded ${fileName} (${Math.round(bytes / 1024)} KB). Upload it to your course as a ${STANDARD_LABEL[format.value as LmsStandard]} package.`;
      })
      .catch((e: unknown) => {
        status.className = 'error';
        status.textContent = `The package could not be made: ${e instanceof Error ? e.message : String(e)}`;
      })
      .finally(() => {
        button.disabled = false;
      });
  });
  return h(
    'div',
    { className: 'host-lms' },
    h('h3', {}, 'For your LMS'),
    h(
      'p',
      { className: 'hint' },
      'The same competition as a course package for Moodle, Canvas, Blackboard or any LMS: students open it from the course, the game takes their name from it, keeps their game there after every turn and sends the score, pass or fail and the run code back.',
    ),
    h(
      'div',
      { className: 'row' },
      h('label', { for: 'host-lms-format' }, 'Standard'),
      format,
      h('label', { for: 'host-lms-pass' }, 'Pass score (optional)'),
      pass,
    ),
    h(
      'p',
      { className: 'hint', id: 'host-lms-pass-hint' },
      `0 to ${MAX_SCORE}. Without one, a student passes by winning the scenario. SCORM 1.2 suits most platforms; choose what your LMS asks for.`,
    ),
    h('div', { className: 'row' }, button, status),
  );
}
