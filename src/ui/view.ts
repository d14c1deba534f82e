import { goTo, type Screen } from '../store/index.ts';
import { h } from './dom.ts';

/** What a screen or panel is to the app: an element plus what to release when it goes away. */
export interface View {
  el: HTMLElement;
  destroy(): void;
}

/** A view with no subscriptions to release. */
export function staticView(el: HTMLElement): View {
  return { el, destroy: () => undefined };
}

/** The header of a screen: a Back button and the screen's h1 (which receives focus when the screen opens). */
export function screenHead(
  headingId: string,
  title: string,
  back: { label: string; to: Screen },
): HTMLElement {
  return h(
    'div',
    { className: 'screen-head' },
    h('button', { type: 'button', className: 'back', onclick: () => goTo(back.to) }, `\u2190 ${back.label}`),
    h('h1', { id: headingId, tabindex: '-1' }, title),
  );
}
