import type { BalanceRow, TrustLight } from '../../core';

type BalanceStatus = BalanceRow['status'];

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * Each balance status's shape, on a 12-unit square: the colour is never the
 * only cue, so overdrawn points down, in credit up, one-way to one side, and
 * even is a circle.
 */
const STATUS_SHAPES: Record<BalanceStatus, string> = {
  overdrawn: 'M1.5 2.5 H10.5 L6 10.5 Z',
  'one-way': 'M2.5 1.5 V10.5 L10.5 6 Z',
  'in-credit': 'M1.5 9.5 H10.5 L6 1.5 Z',
  even: 'M6 1.5 A4.5 4.5 0 1 1 6 10.5 A4.5 4.5 0 1 1 6 1.5 Z',
};

/** A small shape filled with a theme colour (by its class) and outlined in muted text; the words beside it say what it means. */
function mark(parent: HTMLElement, cls: string, shape: string): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', '0 0 12 12');
  svg.setAttribute('class', `goodwill-mark ${cls}`);
  svg.setAttribute('aria-hidden', 'true');
  const path = document.createElementNS(SVG_NS, 'path');
  path.setAttribute('d', shape);
  path.setAttribute('class', 'goodwill-mark-shape');
  svg.append(path);
  parent.append(svg);
  return svg;
}

/** A balance status: its mark, then the status in words. */
export function statusMark(parent: HTMLElement, status: BalanceStatus): HTMLElement {
  const el = parent.createSpan({ cls: 'goodwill-balance-status' });
  mark(el, `goodwill-mark-${status}`, STATUS_SHAPES[status]);
  el.createSpan({ cls: 'goodwill-status-label', text: status });
  return el;
}

/** A trust light, labelled as one so it never reads as the balance: "Trust", a round mark in the light's colour, and its name. */
export function trustMark(parent: HTMLElement, light: TrustLight): HTMLElement {
  const el = parent.createSpan({ cls: 'goodwill-trust' });
  el.createSpan({ cls: 'goodwill-trust-label', text: 'Trust' });
  mark(el, `goodwill-light goodwill-light-${light}`, STATUS_SHAPES.even);
  el.createSpan({ cls: 'goodwill-trust-word', text: light });
  return el;
}
