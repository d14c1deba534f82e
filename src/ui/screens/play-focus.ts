/**
 * Where keyboard focus and the plan's scroll position go when the play screen re-renders, and the sticky
 * "Your decisions" panel's height for scroll-padding, so that a focused control is never hidden behind it
 * (WCAG 2.4.11). The play screen calls these around each render; nothing else does.
 */

/**
 * What was focused before a render: the element itself and its id (the render replaces the element), and whether
 * the plan column was scrolled (read before the render changes the page, so reading it costs no layout).
 */
export interface FocusBefore {
  element: HTMLElement | null;
  id: string;
  planScrolled: boolean;
}

export function focusBefore(root: HTMLElement): FocusBefore {
  const element = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const col = root.querySelector<HTMLElement>('.plan-col');
  return {
    element: element === document.body ? null : element,
    id: element?.id ?? '',
    planScrolled: col !== null && col.scrollTop > 0,
  };
}

/** Focuses `el` when it can take focus (connected, enabled); returns whether it did. */
function tryFocus(el: HTMLElement | null, preventScroll = false): boolean {
  if (!el || !el.isConnected || (el as HTMLButtonElement).disabled) return false;
  // Still focused (the render kept it, morph.ts): focus() would lay the page out at once for nothing.
  if (document.activeElement === el) return true;
  el.focus({ preventScroll });
  return document.activeElement === el;
}

/**
 * After a render: puts focus back on the control with the same id. When that control is gone (an answered event
 * card after End turn, an undone decision, a button now disabled), focus goes to the heading of what happened
 * last turn on a new turn, or to the decisions panel's heading otherwise, never to <body>. On a new turn the plan
 * column is scrolled to its top first, so new event cards ("Decisions waiting") are in view.
 */
export function restoreFocus(before: FocusBefore, root: HTMLElement, newTurn: boolean): void {
  // Setting scrollTop lays the page out at once, in the middle of the render: only when there is a scroll to undo.
  if (newTurn && before.planScrolled) {
    const col = root.querySelector<HTMLElement>('.plan-col');
    if (col) col.scrollTop = 0;
  }
  const again = before.id ? document.getElementById(before.id) : null;
  // End turn and Advance sit in the sticky panel, always on screen: never scroll the page to them (a sticky
  // element's own place is at the bottom of the plan).
  const sticky = again !== null && again.closest('.draft') !== null;
  if (tryFocus(again, sticky)) return;
  const now = document.activeElement;
  const lost = before.element !== null && (now === null || now === document.body);
  if (!lost) return;
  tryFocus(document.getElementById(newTurn ? 'log-h' : 'draft-h'));
}

/**
 * Keeps `--draft-height` equal to the sticky decisions panel's real height (it grows with the drafted decisions)
 * on the elements whose stylesheet rules read it (scroll-padding of <html> and the plan column, padding of the
 * play screen); returns the function that stops. The property is registered as not inherited (styles.css): a
 * new height restyles those three elements, not every element of the page below them, in the frame End turn
 * paints.
 */
export function trackDraftHeight(host: HTMLElement): { update(): void; stop(): void } {
  const readers = [document.documentElement, host.closest('.plan-col'), host.closest('.play-screen')];
  let watched: Element | null = null;
  let shown = '';
  const set = (height: number): void => {
    const value = `${Math.ceil(height)}px`;
    if (value === shown) return;
    shown = value;
    for (const el of readers) if (el instanceof HTMLElement) el.style.setProperty('--draft-height', value);
  };
  const observer =
    typeof ResizeObserver === 'function'
      ? new ResizeObserver((entries) => {
          const last = entries[entries.length - 1];
          if (last) set(last.borderBoxSize?.[0]?.blockSize ?? last.target.getBoundingClientRect().height);
        })
      : null;
  return {
    update() {
      const draft = host.querySelector('.draft');
      if (draft === watched) return;
      observer?.disconnect();
      watched = draft;
      if (!draft) return;
      // The observer reports the new panel's size once laid out, before it is painted; measuring it here would
      // force a layout of the whole page in the middle of a render (the costliest part of End turn).
      if (observer) observer.observe(draft);
      else set(draft.getBoundingClientRect().height);
    },
    stop() {
      observer?.disconnect();
      for (const el of readers) if (el instanceof HTMLElement) el.style.removeProperty('--draft-height');
    },
  };
}
