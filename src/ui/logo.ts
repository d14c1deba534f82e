/** The Tradeoffs mark: a balance beam with two weights, drawn in SVG. */
import { s } from './dom.ts';

export function logo(size = 96): SVGSVGElement {
  return s(
    'svg',
    {
      viewBox: '0 0 96 96',
      width: size,
      height: size,
      className: 'logo',
      'aria-hidden': 'true',
      focusable: 'false',
    },
    s('circle', { cx: 48, cy: 48, r: 46, className: 'logo-ring' }),
    s('path', { d: 'M48 22 L48 72 M34 76 L62 76', className: 'logo-stroke' }),
    s('path', { d: 'M18 38 L78 30', className: 'logo-stroke' }),
    s('path', { d: 'M18 38 L10 56 L26 56 Z', className: 'logo-left' }),
    s('path', { d: 'M78 30 L70 48 L86 48 Z', className: 'logo-right' }),
    s('circle', { cx: 48, cy: 34, r: 4, className: 'logo-pivot' }),
  );
}
