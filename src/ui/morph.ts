/**
 * Puts a freshly built tree into a live element by changing only what differs (morphing), so that the browser
 * restyles, lays out and paints only what changed: End turn rebuilds the whole play screen from the store, and
 * on a slow laptop laying out and painting every panel anew cost more than building it.
 *
 * The page then behaves exactly as if the new tree had been inserted:
 * - An element of the same tag in the same place is kept and given the new one's attributes, text, listeners
 *   (those given through listen() in dom.ts, which read their element from the event, not from a variable) and
 *   form state (value, checked). A kept element keeps keyboard focus.
 * - Styles set through the CSSOM (a bar's width) are copied through the CSSOM: a strict CSP refuses inline
 *   style attributes.
 * - Dialogs, editable elements and elements another module owns and updates (owned() below, the competition
 *   timer) are never morphed: the new one, or that very element, is put in place.
 */
import { moveListeners, nodesOf, type Child } from './dom.ts';

const ownedElements = new WeakSet<Element>();

/**
 * Marks `el` as kept and updated by the module that made it (a timer): a morph puts that very element in
 * place and never copies another element's attributes into it or it into another.
 */
export function owned<T extends Element>(el: T): T {
  ownedElements.add(el);
  return el;
}

function replacedWhole(el: Element): boolean {
  return el.localName === 'dialog' || el.hasAttribute('contenteditable') || ownedElements.has(el);
}

/** Whether `live` can be kept and made to look like `fresh`. */
function keepable(live: Node, fresh: Node): boolean {
  if (live.nodeType !== fresh.nodeType) return false;
  if (live.nodeType !== Node.ELEMENT_NODE) return true;
  const [l, f] = [live as Element, fresh as Element];
  return (
    l.localName === f.localName && l.namespaceURI === f.namespaceURI && !replacedWhole(l) && !replacedWhole(f)
  );
}

/** Gives `live` the attributes of `fresh` (names, not Attr nodes: the browser makes an Attr object per read). */
function syncAttributes(live: Element, fresh: Element): void {
  const names = fresh.getAttributeNames();
  for (const name of names) {
    const value = fresh.getAttribute(name)!;
    if (live.getAttribute(name) === value) continue;
    if (name === 'style') (live as HTMLElement).style.cssText = (fresh as HTMLElement).style.cssText;
    else live.setAttribute(name, value);
  }
  if (live.attributes.length === names.length) return;
  for (const name of live.getAttributeNames()) if (!fresh.hasAttribute(name)) live.removeAttribute(name);
}

/** What a player changes in a form field without changing its attributes. */
function syncFormState(live: Element, fresh: Element): void {
  if (live instanceof HTMLInputElement) {
    const f = fresh as HTMLInputElement;
    if (live.checked !== f.checked) live.checked = f.checked;
    if (live.value !== f.value) live.value = f.value;
  } else if (live instanceof HTMLSelectElement || live instanceof HTMLTextAreaElement) {
    const value = (fresh as HTMLSelectElement | HTMLTextAreaElement).value;
    if (live.value !== value) live.value = value;
  }
}

function childrenOf(node: Node): Node[] {
  const out: Node[] = [];
  for (let c = node.firstChild; c; c = c.nextSibling) out.push(c);
  return out;
}

/** Puts `node`, or `live` made to look like it, where `live` is; returns the node now there. */
function place(parent: Node, live: Node, node: Node): Node {
  if (!keepable(live, node)) {
    parent.replaceChild(node, live);
    return node;
  }
  if (node.nodeType === Node.ELEMENT_NODE) {
    const [l, f] = [live as Element, node as Element];
    syncAttributes(l, f);
    morphChildren(l, childrenOf(f));
    syncFormState(l, f);
    moveListeners(f, l);
  } else if (live.nodeValue !== node.nodeValue) live.nodeValue = node.nodeValue;
  return live;
}

/** An element's id: a new element with an id is only ever made from the live element with the same id. */
function keyOf(node: Node | null): string {
  return node !== null && node.nodeType === Node.ELEMENT_NODE ? (node as Element).id : '';
}

/**
 * The live node to make `node` from, at or after `live`: the live sibling with its id (the siblings before it
 * removed unless a later new node needs them: their ids are in `wanted`), or else `live` itself by place, unless
 * a later new node needs `live` by its id. Null: `node` goes in before `live` as it is.
 */
function counterpart(parent: Node, live: Node | null, node: Node, wanted: Set<string>): Node | null {
  const key = keyOf(node);
  let match = key === '' ? null : live;
  while (match && keyOf(match) !== key) match = match.nextSibling;
  if (!match) return live && wanted.has(keyOf(live)) ? null : live;
  while (live !== match && !wanted.has(keyOf(live))) {
    const next = live!.nextSibling;
    parent.removeChild(live!);
    live = next;
  }
  if (live !== match) parent.insertBefore(match, live);
  return match;
}

/**
 * Makes `parent`'s children look like `fresh`, in order, keeping what can be kept: nodes with an id are matched
 * by id (a panel that appears or goes does not shift the others into each other's places), the rest by place.
 */
function morphChildren(parent: Node, fresh: Node[]): void {
  const wanted = new Set(fresh.map(keyOf).filter((k) => k !== ''));
  let live = parent.firstChild;
  for (const node of fresh) {
    wanted.delete(keyOf(node));
    if (live === node) {
      live = live.nextSibling;
      continue;
    }
    const match = counterpart(parent, live, node, wanted);
    if (match === null) parent.insertBefore(node, live);
    else live = place(parent, match, node).nextSibling;
  }
  while (live) {
    const next = live.nextSibling;
    parent.removeChild(live);
    live = next;
  }
}

/** Form fields whose edits are committed (their change event fired) when they lose focus. */
const EDITABLE = new Set(['input', 'select', 'textarea']);

/**
 * Gives `el` the children `children` as fill() in dom.ts does, keeping the live nodes that can be kept. A focused
 * form field inside is blurred first, as fill() does: an edit not yet committed (a number typed but not entered)
 * fires its change now, and the new tree, built before it, is then put in place over it; the store's change sets
 * off the next render, which shows it.
 */
export function morphFill(el: Element, ...children: Child[]): void {
  const active = el.ownerDocument.activeElement;
  if (active instanceof HTMLElement && EDITABLE.has(active.localName) && el.contains(active)) active.blur();
  morphChildren(el, nodesOf(children));
}
