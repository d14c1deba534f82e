/**
 * Player names: how a name is cleaned when entered, what cannot be a name, when two names are the same person
 * (one run per name), and when two different names only look alike. Pure; shared by the join form, the run
 * checks, the leaderboard and the command line.
 *
 *   cleanName      as entered: NFC, blanks made one space, trimmed, at most MAX_NAME_CHARS
 *   nameProblem    why a name cannot be used (empty, too long, a control or bidi character, no visible letter)
 *   canonicalName  the form names are compared in: "Ada", "ada", "Ａｄａ", "Ada\u200b" and "A\u200dda" are one
 *   nameSkeleton   the form names look like: "Ada" and a Cyrillic "Аda" share it, as different names
 *   mixedScripts   the alphabets of a name that mixes look-alike ones (Latin and Cyrillic in "Аda")
 */

export const MAX_NAME_CHARS = 40;

/** A player's name as entered: trimmed, inner runs of blanks made one, Unicode NFC, at most MAX_NAME_CHARS. */
export function cleanName(name: string): string {
  const clean = name.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (clean.length <= MAX_NAME_CHARS) return clean;
  // Cut between characters, never inside a surrogate pair.
  const high = clean.charCodeAt(MAX_NAME_CHARS - 1);
  return clean.slice(0, high >= 0xd800 && high <= 0xdbff ? MAX_NAME_CHARS - 1 : MAX_NAME_CHARS);
}

/**
 * Characters a name may not hold: controls (C0, DEL, C1), line and paragraph separators, lone surrogates, and
 * the bidi marks, embeddings, overrides and isolates that reorder text on screen. (Other invisible characters,
 * such as a zero-width joiner, belong in some names and emoji; they are ignored when names are compared.)
 */
const FORBIDDEN = /[\p{Cc}\p{Zl}\p{Zp}\p{Cs}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

/** Characters that take no room on screen: zero-width spaces and joiners, word joiners, Hangul fillers, tags… */
const IGNORABLE = /\p{Default_Ignorable_Code_Point}/gu;

/** A letter that shows: any script's letter that is not default-ignorable (U+3164, a Hangul filler, is). */
const VISIBLE_LETTER = /(?!\p{Default_Ignorable_Code_Point})\p{L}/u;

/** Why a name cannot be used (a sentence for the player), or null. */
export function nameProblem(name: string): string | null {
  if (name === '') return 'Enter your name.';
  if (name.length > MAX_NAME_CHARS) return `Use at most ${MAX_NAME_CHARS} characters.`;
  if (FORBIDDEN.test(name)) return 'Use letters, digits and spaces.';
  if (!VISIBLE_LETTER.test(name)) return 'Your name needs at least one letter.';
  return null;
}

/**
 * The form in which names are compared: compatibility forms folded (NFKC: full-width "Ａｄａ" and mathematical
 * "𝐀𝐝𝐚" are "Ada"), invisible characters removed, blanks made one space, lower case.
 */
export function canonicalName(name: string): string {
  return name
    .normalize('NFKC')
    .replace(IGNORABLE, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .normalize('NFKC');
}

/**
 * Letters of other alphabets drawn like Latin ones, each followed by the Latin letter it looks like (both cases:
 * names are compared in lower case after mapping): Cyrillic, Greek, Armenian and Cherokee, the alphabets that
 * make look-alike names, and a few Latin letters drawn like others. Not a full confusables table, so the flag it
 * raises is a hint for the instructor, never a verdict.
 */
const LOOK_ALIKE = new Map(
  [
    // Cyrillic
    'АA ВB ЕE КK МM НH ОO РP СC ТT ХX УY ЅS ІI ЈJ ҮY ԚQ ԜW ӀI аa еe оo рp сc уy хx ѕs іi јj ԁd һh ԛq ԝw үy ӏl ѵv',
    // Greek
    'ΑA ΒB ΕE ΖZ ΗH ΙI ΚK ΜM ΝN ΟO ΡP ΤT ΥY ΧX αa ιi κk νv οo ρp τt υu χx γy',
    // Armenian
    'ՕO ՍU օo սu ոn հh զq ցg',
    // Cherokee (upper case: its lower case looks like small capitals)
    'ᎪA ᏴB ᏟC ᎬE ᎻH ᎫJ ᏦK ᎷM ᏢP ᏚS ᎢT ᏔW',
    // Latin
    'ıi ɑa ɡg ʏy',
  ]
    .join(' ')
    .split(' ')
    .map((pair) => [...pair] as [string, string]),
);

/** What a name looks like on screen: two names with one skeleton are told apart only by their code points. */
export function nameSkeleton(name: string): string {
  const folded = name.normalize('NFKC').replace(IGNORABLE, '');
  let mapped = '';
  for (const ch of folded) mapped += LOOK_ALIKE.get(ch) ?? ch;
  return canonicalName(mapped);
}

/** The alphabets look-alike names are made of, as they are named to the instructor. */
const ALPHABETS: readonly [name: string, letter: RegExp][] = [
  ['Latin', /\p{Script=Latin}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['Armenian', /\p{Script=Armenian}/u],
  ['Cherokee', /\p{Script=Cherokee}/u],
];

/**
 * The alphabets of a name that mixes letters of two or more of them ("Аda": Latin and Cyrillic), else [].
 * Scripts that are written together (Japanese kanji and kana) are not among them.
 */
export function mixedScripts(name: string): string[] {
  const used = ALPHABETS.filter(([, letter]) => letter.test(name)).map(([alphabet]) => alphabet);
  return used.length > 1 ? used : [];
}
