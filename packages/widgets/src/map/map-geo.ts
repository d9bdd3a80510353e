import * as Plot from '@observablehq/plot';
import { hatchDefs, lookOf, SELECTED_CLASS, SHAPE_CLASS, type LookOptions } from './map-chart.ts';
import type { District } from './map-data.ts';
import { featureKey, type Feature } from './map-geometry.ts';

export interface GeoMapOptions extends LookOptions {
  readonly width: number;
  readonly height: number;
  readonly selected: string | undefined;
  /** The feature property that holds the district's key. */
  readonly featureKey: string;
}

/** A district with its shape. */
export interface Shape {
  readonly district: District;
  readonly feature: Feature;
}

export interface GeoMap {
  readonly svg: SVGSVGElement;
  /** The districts drawn, in drawing order (the n-th path of the shape group). */
  readonly shapes: readonly Shape[];
}

/** Districts paired with their features by key; districts without a shape are left out (the table has them). */
export function matchShapes(districts: readonly District[], features: readonly Feature[], property: string): Shape[] {
  const byKey = new Map(features.map((feature) => [featureKey(feature, property), feature]));
  return districts.flatMap((district) => {
    const feature = byKey.get(district.key) ?? byKey.get(district.name);
    return feature ? [{ district, feature }] : [];
  });
}

/**
 * Draws the real district shapes with Plot's geo mark (d3-geo, Mercator fitted to the
 * shapes), each filled by its class, hatched where hidden, with its value written at its
 * centroid; shapes in the file without data are drawn as outlines for context.
 */
export function renderGeoMap(districts: readonly District[], features: readonly Feature[], options: GeoMapOptions): GeoMap {
  const shapes = matchShapes(districts, features, options.featureKey);
  const drawn = new Set(shapes.map((shape) => shape.feature));
  const context = features.filter((feature) => !drawn.has(feature));
  const look = (shape: Shape) => lookOf(shape.district, options);
  const selected = shapes.filter((shape) => shape.district.key === options.selected);
  const svg = Plot.plot({
    width: options.width,
    height: options.height,
    margin: 8,
    style: { fontSize: '13px', color: 'currentColor', background: 'transparent', overflow: 'visible' },
    projection: { type: 'mercator', domain: { type: 'FeatureCollection', features } as never, inset: 6 },
    // Fills are the classes' colours and the hatch, as they are.
    color: { type: 'identity' },
    marks: [
      Plot.geo(context as never[], { fill: 'none', stroke: 'var(--_muted)', strokeWidth: 1, ariaHidden: 'true' }),
      Plot.geo(shapes, {
        geometry: (shape: Shape) => shape.feature,
        fill: (shape: Shape) => look(shape).fill,
        stroke: 'var(--_muted)',
        strokeWidth: 1,
        title: (shape: Shape) => look(shape).title,
        className: SHAPE_CLASS,
        ariaHidden: 'true',
      }),
      Plot.text(
        shapes,
        Plot.centroid({
          geometry: (shape: Shape) => shape.feature,
          text: (shape: Shape) => look(shape).label,
          fill: (shape: Shape) => (shape.district.hidden || shape.district.value === null ? 'var(--_text)' : look(shape).ink),
          stroke: (shape: Shape) => (shape.district.hidden ? 'var(--_background)' : 'none'),
          strokeWidth: 3,
          fontWeight: 650,
          pointerEvents: 'none',
          ariaHidden: 'true',
        } as Plot.TextOptions),
      ),
      Plot.geo(selected, {
        geometry: (shape: Shape) => shape.feature,
        fill: 'none',
        stroke: 'var(--_text)',
        strokeWidth: 3,
        className: SELECTED_CLASS,
        ariaHidden: 'true',
      }),
    ],
  }) as SVGSVGElement;
  svg.prepend(hatchDefs());
  return { svg, shapes };
}
