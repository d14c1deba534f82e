/**
 * Tiny DOM and SVG builders. Text is only ever set with textContent and attributes with setAttribute, so text
 * from scenario files, player names or run codes can never become markup; bdi() and iso`…` isolate such text
 * so that its bidi controls or right-to-left letters cannot reorder the words around it.
 */
import { balancedIsolates } from '../lib/printable.ts';

export type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | null | undefined | EventListener>;

/** The listeners given to each element here, so that morph.ts can move them onto the element it keeps. */
const listenersOf = new WeakMap<Element, [string, EventListener][]>();

/**
 * el.addEventListener, noted for morph.ts. A listener reads the element it runs on from the event
 * (event.currentTarget) and others by id, never through a variable holding the element it was built with: the
 * page may keep an older element in its place and give it this listener.
 */
export function listen(el: Element, type: string, listener: EventListener): void {
  el.addEventListener(type, listener);
  const list = listenersOf.get(el);
  if (list) list.push([type, listener]);
  else listenersOf.set(el, [[type, listener]]);
}

/** Gives `to` the listeners `from` was given through listen(), in place of those it had. */
export function moveListeners(from: Element, to: Element): void {
  const old = listenersOf.get(to);
  const fresh = listenersOf.get(from);
  if (!old && !fresh) return;
  for (const [type, listener] of old ?? []) to.removeEventListener(type, listener);
  for (const [type, listener] of fresh ?? []) to.addEventListener(type, listener);
  if (fresh) listenersOf.set(to, fresh);
  else listenersOf.delete(to);
}

/** The form field a listener runs on. */
export function fieldOf(e: Event): HTMLInputElement {
  return e.currentTarget as HTMLInputElement;
}

function applyAttrs(el: Element, attrs: Attrs): void {
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') {
      listen(el, key.slice(2).toLowerCase(), value);
    } else if (key === 'className') {
      el.setAttribute('class', String(value));
    } else {
      el.setAttribute(key, value === true ? '' : String(value));
    }
  }
}

/** Text nodes hold balanced bidi isolates (see balancedIsolates): none can break out of an isolating element. */
export function nodesOf(children: Child[]): Node[] {
  const nodes: Node[] = [];
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    nodes.push(typeof c === 'object' ? c : document.createTextNode(balancedIsolates(String(c))));
  }
  return nodes;
}

function append(el: Element, children: Child[]): void {
  el.append(...nodesOf(children));
}

/** Creates an HTML element: h('button', { className: 'primary', onclick }, 'End turn'). */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  applyAttrs(el, attrs);
  append(el, children);
  return el;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Creates an SVG element with attributes. */
export function s<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  applyAttrs(el, attrs);
  append(el, children);
  return el;
}

/**
 * Empties `el`. A focused control inside it is blurred first: an edit not yet committed (a number typed but not
 * entered) fires its change now, with the control still in place, and not from inside the removal, where the
 * browser's blur would re-enter a render halfway through taking the old children away.
 */
export function clear(el: Element): void {
  const active = el.ownerDocument.activeElement;
  if (active instanceof HTMLElement && active !== el && el.contains(active)) active.blur();
  el.replaceChildren();
}

/** Replaces the children of `el` with `children`. */
export function fill(el: Element, ...children: Child[]): void {
  clear(el);
  append(el, children);
}

let counter = 0;
/** A unique id for label/for and aria pairs. */
export function uid(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}`;
}

/**
 * Untrusted text (a player name, a title, scenario text, a seed, a file name, a code) in a <bdi>: its direction
 * is its own, and a U+202E in it reverses nothing outside it.
 */
export function bdi(text: string): HTMLElement {
  return h('bdi', {}, text);
}

/**
 * A sentence of our words around untrusted values: iso`${file.name} has ${n} problems` gives the children
 * [<bdi>file name</bdi>, ' has ', '3', ' problems'] — every interpolated string isolated, numbers as text.
 */
export function iso(words: TemplateStringsArray, ...values: (string | number)[]): (string | HTMLElement)[] {
  const out: (string | HTMLElement)[] = [];
  words.forEach((w, i) => {
    if (w !== '') out.push(w);
    if (i >= values.length) return;
    const v = values[i]!;
    out.push(typeof v === 'string' ? bdi(v) : String(v));
  });
  return out;
}
