/** Modal dialogs: shown on top of the page, removed when closed, focus given back. */

/**
 * Shows a modal dialog and removes it when closed, returning focus to where it was. Focus starts on `initial`
 * when given (else the browser's choice: the first focusable control).
 */
export function showDialog(dialog: HTMLDialogElement, initial: HTMLElement | null = null): void {
  const back = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  document.body.append(dialog);
  dialog.addEventListener('close', () => {
    dialog.remove();
    back?.focus();
  });
  dialog.showModal();
  initial?.focus();
}
