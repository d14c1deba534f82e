/** What a screen or panel is to the app: an element plus what to release when it goes away. */
export interface View {
  el: HTMLElement;
  destroy(): void;
}

/** A view with no subscriptions to release. */
export function staticView(el: HTMLElement): View {
  return { el, destroy: () => undefined };
}
