/**
 * Small pieces shared by the classroom screens: a copy-to-clipboard button that says what happened, the
 * competition the host made last (remembered in this browser for the leaderboard), and the game's address.
 */
import type { Competition } from '../../replay/index.ts';
import { competitionLink } from '../../replay/index.ts';
import { bdi, h, iso } from '../dom.ts';
import { HOSTED_KEY } from '../storage-keys.ts';

/** Copies the text of `source` (an input or textarea); `status` says whether it worked or what to do instead. */
export function copyButton(
  label: string,
  source: HTMLInputElement | HTMLTextAreaElement,
  status: HTMLElement,
  id?: string,
): HTMLButtonElement {
  const say = (text: string): void => {
    status.textContent = text;
  };
  return h(
    'button',
    {
      type: 'button',
      id: id ?? null,
      onclick: () => {
        source.focus();
        source.select();
        const text = source.value;
        const fallback = (): void => say('Selected: press Ctrl+C (\u2318C on a Mac) to copy.');
        if (!navigator.clipboard) return fallback();
        navigator.clipboard.writeText(text).then(() => say('Copied.'), fallback);
      },
    },
    label,
  );
}

/** The game's own address, without any fragment. */
export function gameAddress(): string {
  return window.location.href.replace(/#.*$/, '');
}

export function linkOf(c: Competition): string {
  return competitionLink(gameAddress(), c);
}

/** Remembers the competition the host made, so the leaderboard opens with it (even after a reload). */
export function rememberHosted(link: string): void {
  try {
    localStorage.setItem(HOSTED_KEY, link);
  } catch {
    // Storage off: the leaderboard asks for the link.
  }
}

export function hostedLink(): string {
  try {
    return localStorage.getItem(HOSTED_KEY) ?? '';
  } catch {
    return '';
  }
}

/**
 * What students see as the competition's name (competitionTitle: its title, or the scenario and seed), as
 * children with each part from the link isolated, so a U+202E in one reverses nothing else.
 */
export function competitionTitleNodes(c: Competition, scenarioTitle: string): (string | HTMLElement)[] {
  return c.title !== '' ? [bdi(c.title)] : iso`${scenarioTitle} \u00b7 seed ${c.seed}`;
}

export function minutesText(minutes: number): string {
  return minutes === 0 ? 'no time limit' : `${minutes} minute${minutes === 1 ? '' : 's'}`;
}
