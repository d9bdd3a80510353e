import { px, svgElement } from './svg-elements.ts';

/** A point the pointer can pick: its position in the SVG's coordinates and the tip's lines. */
export interface TipPoint {
  readonly x: number;
  readonly y: number;
  readonly lines: readonly string[];
  readonly colour: string;
}

/** Class on the tip's group (tests find it). */
export const TIP_CLASS = 'slt-tip';

/** How far from a point (in px) the pointer may be and still pick it, as Observable Plot's pointer. */
const REACH = 40;

/**
 * The index of the point nearest to the pointer, or -1 when none is within `reach`
 * pixels. Ties go to the first point, so the pick does not flicker between two.
 */
export function nearestPoint(points: readonly Pick<TipPoint, 'x' | 'y'>[], x: number, y: number, reach = REACH): number {
  let best = -1;
  let bestDistance = reach * reach;
  points.forEach((point, index) => {
    const distance = (point.x - x) ** 2 + (point.y - y) ** 2;
    if (distance <= bestDistance && (best === -1 || distance < bestDistance)) {
      best = index;
      bestDistance = distance;
    }
  });
  return best;
}

/**
 * Shows the nearest point's lines in a box while a mouse or a finger is over the chart.
 * For pointing only: the box is hidden from assistive technology, which reads the same
 * figures in the text alternative, the table and the keyboard readout.
 */
export function attachPointerTip(svg: SVGSVGElement, points: readonly TipPoint[], width: number, height: number): void {
  let shown = -1;
  const hide = () => {
    svg.querySelector(`.${TIP_CLASS}`)?.remove();
    shown = -1;
  };
  const follow = (event: PointerEvent) => {
    const box = svg.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) return;
    const x = ((event.clientX - box.left) * width) / box.width;
    const y = ((event.clientY - box.top) * height) / box.height;
    const index = nearestPoint(points, x, y);
    if (index === shown) return;
    hide();
    if (index === -1) return;
    shown = index;
    showTip(svg, points[index]!, width);
  };
  // A mouse moves over the chart; a finger taps it (no move before the tap).
  svg.addEventListener('pointermove', follow);
  svg.addEventListener('pointerdown', follow);
  svg.addEventListener('pointerleave', hide);
}

/** The box: above the point when there is room, else below, kept inside the chart's width. */
function showTip(svg: SVGSVGElement, point: TipPoint, width: number): void {
  const lineHeight = 16;
  const padding = 6;
  const text = svgElement('text', {}, point.lines.map((line, index) =>
    svgElement('tspan', { x: 0, dy: index === 0 ? '1em' : lineHeight, 'font-weight': index === 0 && point.lines.length > 1 ? 700 : undefined }, [line]),
  ));
  const box = svgElement('rect', { rx: 3, fill: 'var(--_background, white)', stroke: point.colour, 'stroke-width': 1.5 });
  svg.append(svgElement('g', { class: TIP_CLASS, 'aria-hidden': 'true', 'pointer-events': 'none', 'font-size': 12, 'text-anchor': 'start' }, [box, text]));
  // The text's width is known only once it is laid out in the document.
  const boxWidth = text.getBBox().width + 2 * padding;
  const boxHeight = point.lines.length * lineHeight + 2 * padding - 4;
  const left = Math.min(Math.max(point.x - boxWidth / 2, 0), Math.max(0, width - boxWidth));
  const top = point.y > boxHeight + 12 ? point.y - 10 - boxHeight : point.y + 10;
  for (const [name, value] of Object.entries({ x: left, y: top, width: boxWidth, height: boxHeight })) box.setAttribute(name, px(value));
  text.setAttribute('transform', `translate(${px(left + padding)},${px(top + padding - 2)})`);
}
