/** The notice banner: saving problems and other messages the player must see, with a dismiss button. */
import { notify, store } from '../store/index.ts';
import { fill, h } from './dom.ts';

export function mountNotice(parent: HTMLElement): void {
  const bar = h('div', { className: 'notice-host' });
  parent.prepend(bar);
  const render = (): void => {
    const n = store.getState().notice;
    if (!n) return fill(bar);
    fill(
      bar,
      h(
        'div',
        { className: `notice notice-${n.tone}`, role: n.tone === 'error' ? 'alert' : 'status' },
        h('p', {}, n.text),
        h('button', { type: 'button', className: 'link', onclick: () => notify(null) }, 'Dismiss'),
      ),
    );
  };
  store.subscribe((s, prev) => s.notice !== prev.notice && render());
  render();
}
