/**
 * Puts a freshly built tree into a live element by changing only what differs (morphing), so that the browser
 * restyles, lays out and paints only what changed: End turn rebuilds the whole play screen from the store, and
 * on a slow laptop laying out and painting every panel anew cost more than building it.
 *
 * What is kept and what is replaced, so that the page behaves exactly as if the new tree had been inserted:
 * - Text nodes and plain elements (same tag) are kept and given the new text and attributes.
 * - Controls and anything else that holds state or code of its own are always replaced by their new version:
 *   buttons, inputs, links, details, dialogs, editable elements, <output> (scripts write it), elements with
 *   listeners (dom.ts) and elements another module owns and updates (owned() below, the competition timer).
 *   A listener's closure therefore always belongs to the element it runs on, built from the same render as it;
 *   it may read other elements only by id when it runs, or its own element, descendants and <output>s.
 * - A kept element keeps keyboard focus (a heading focused after End turn, tabindex -1, stays focused).
 */
import { hasListeners, nodesOf, type Child } from './dom.ts';

/** Tags whose elements are never morphed: their state (value, checked, open, focus) is the new tree's. */
const REPLACED_TAGS = new Set([
  'a',
  'button',
  'details',
  'dialog',
  'input',
  'output',
  'select',
  'summary',
  'textarea',
]);

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
  return (
    REPLACED_TAGS.has(el.localName) ||
    el.hasAttribute('contenteditable') ||
    hasListeners(el) ||
    ownedElements.has(el)
  );
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
    if (live.getAttribute(name) !== value) live.setAttribute(name, value);
  }
  if (live.attributes.length === names.length) return;
  for (const name of live.getAttributeNames()) if (!fresh.hasAttribute(name)) live.removeAttribute(name);
}

function childrenOf(node: Node): Node[] {
  const out: Node[] = [];
  for (let c = node.firstChild; c; c = c.nextSibling) out.push(c);
  return out;
}

/** Puts `node`, or `live` made to look like it, where `live` is (or at the end); returns the node now there. */
function place(parent: Node, live: Node | null, node: Node): Node {
  if (live === node) return node;
  if (!live) return parent.appendChild(node);
  if (!keepable(live, node)) {
    parent.replaceChild(node, live);
    return node;
  }
  if (node.nodeType === Node.ELEMENT_NODE) {
    syncAttributes(live as Element, node as Element);
    morphChildren(live, childrenOf(node));
  } else if (live.nodeValue !== node.nodeValue) live.nodeValue = node.nodeValue;
  return live;
}

/** Makes `parent`'s children look like `fresh`, in order, keeping what can be kept. */
function morphChildren(parent: Node, fresh: Node[]): void {
  let live = parent.firstChild;
  for (const node of fresh) live = place(parent, live, node).nextSibling;
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
 * fires its change now, with the field still in place, and not from inside its removal. (A focused button has no
 * edit to commit: it is left alone, so its blur does not restyle the page halfway through the render.)
 */
export function morphFill(el: Element, ...children: Child[]): void {
  const active = el.ownerDocument.activeElement;
  if (active instanceof HTMLElement && EDITABLE.has(active.localName) && el.contains(active)) active.blur();
  morphChildren(el, nodesOf(children));
}
