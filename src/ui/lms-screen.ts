/**
 * The screen of a game launched by an LMS while it connects to the course, or when it cannot: what is wrong in
 * plain words (opened outside the LMS, a damaged package, a refused sign-in). In the initial bundle; the LMS
 * code itself (ui/lms/) loads only on an LMS launch.
 */
import { h } from './dom.ts';
import type { View } from './view.ts';

export type LmsStatus = { state: 'connecting' } | { state: 'failed'; message: string };

let status: LmsStatus = { state: 'connecting' };
const listeners = new Set<() => void>();

export function setLmsStatus(next: LmsStatus): void {
  status = next;
  for (const l of listeners) l();
}

export function lmsScreen(): View {
  const heading = h('h1', { id: 'lms-heading', tabindex: '-1' });
  const text = h('p', { id: 'lms-status', role: 'status' });
  const render = (): void => {
    heading.textContent =
      status.state === 'connecting' ? 'Opening your course\u2026' : 'This course cannot start';
    text.textContent =
      status.state === 'connecting' ? 'Connecting to your learning platform.' : status.message;
    text.className = status.state === 'failed' ? 'error' : '';
  };
  render();
  listeners.add(render);
  const el = h(
    'section',
    { className: 'screen lms-screen', 'aria-labelledby': 'lms-heading' },
    h('p', { className: 'eyebrow' }, 'Tradeoffs'),
    heading,
    text,
  );
  return { el, destroy: () => listeners.delete(render) };
}
