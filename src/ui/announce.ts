/** The aria-live region: turn results and important changes read out to screen-reader users. */
let region: HTMLElement | null = null;

export function mountAnnouncer(parent: HTMLElement): void {
  region = document.createElement('div');
  region.id = 'announcer';
  region.className = 'visually-hidden';
  region.setAttribute('aria-live', 'polite');
  region.setAttribute('role', 'status');
  parent.append(region);
}

/** Announces `text` (replacing the previous announcement so it is read once). */
export function announce(text: string): void {
  if (!region) return;
  region.textContent = '';
  // A fresh text node after clearing makes screen readers read repeated messages too.
  const r = region;
  requestAnimationFrame(() => {
    r.textContent = text;
  });
}
