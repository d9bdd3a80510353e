import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isEngineError } from '@slt/engine';
import { featureKey, featuresOf, signedArea, type Feature } from './map-geometry.ts';

const square = [[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]] as const; // counter-clockwise

describe('featuresOf', () => {
  it('reads a GeoJSON FeatureCollection and turns exterior rings clockwise for d3-geo', () => {
    const features = featuresOf({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { area_code: '3203-01' }, geometry: { type: 'Polygon', coordinates: [square] } },
        { type: 'Feature', properties: { area_code: 'x' }, geometry: { type: 'Point', coordinates: [0, 0] } },
      ],
    });
    expect(features).toHaveLength(1); // points are not districts
    expect(featureKey(features[0]!, 'area_code')).toBe('3203-01');
    const ring = (features[0]!.geometry as unknown as { coordinates: number[][][] }).coordinates[0]!;
    expect(signedArea(ring as never)).toBeLessThan(0);
  });

  it('reads the synthetic district fixture: ten districts, keyed by area_code', () => {
    const document = JSON.parse(readFileSync(new URL('../../../../test/fixtures/districts.geojson', import.meta.url), 'utf8'));
    const features = featuresOf(document);
    expect(features.map((feature) => featureKey(feature, 'area_code'))).toEqual(
      Array.from({ length: 10 }, (_, index) => `3203-${String(index + 1).padStart(2, '0')}`),
    );
  });

  it('converts a quantised TopoJSON topology: delta-decoded arcs, shared arcs reversed, holes kept', () => {
    // Two unit squares side by side sharing the arc x=1; quantised with scale 1, translate (10, 59).
    const topology = {
      type: 'Topology',
      transform: { scale: [1, 1], translate: [10, 59] },
      arcs: [
        [[1, 0], [0, 1]], // shared edge (1,0) -> (1,1)
        [[1, 1], [-1, 0], [0, -1], [1, 0]], // left square's other edges: (1,1) -> (0,1) -> (0,0) -> (1,0)
        [[1, 0], [1, 0], [0, 1], [-1, 0]], // right square's other edges: (1,0) -> (2,0) -> (2,1) -> (1,1)
      ],
      objects: {
        districts: {
          type: 'GeometryCollection',
          geometries: [
            { type: 'Polygon', arcs: [[0, 1]], properties: { area_code: 'a' } },
            { type: 'MultiPolygon', arcs: [[[2, ~0]]], properties: { area_code: 'b' } },
            { type: 'LineString', arcs: [0], properties: { area_code: 'c' } },
          ],
        },
      },
    };
    const features = featuresOf(topology);
    expect(features.map((feature) => featureKey(feature, 'area_code'))).toEqual(['a', 'b']);
    const left = (features[0]!.geometry as unknown as { coordinates: number[][][] }).coordinates[0]!;
    expect(left.map(([x, y]) => `${x},${y}`).sort()).toEqual(['10,59', '10,60', '11,59', '11,59', '11,60'].sort());
    const right = (features[1]!.geometry as unknown as { coordinates: number[][][][] }).coordinates[0]![0]!;
    expect(right[0]).toEqual(right.at(-1));
    expect(right.map(([x, y]) => `${x},${y}`)).toContain('12,60');
    expect(signedArea(right as never)).toBeLessThan(0);
  });

  it('fails with a message a developer can act on', () => {
    const message = (document: unknown) => {
      try {
        featuresOf(document);
      } catch (error) {
        return isEngineError(error) ? error.message : String(error);
      }
      return 'no error';
    };
    expect(message({ type: 'Point', coordinates: [0, 0] })).toBe(
      'geometry: expected a GeoJSON FeatureCollection or a TopoJSON Topology, found type "Point"',
    );
    expect(message({ type: 'Topology', arcs: [], objects: {} })).toBe('geometry: the Topology has no object ""');
    expect(message(null)).toBe('geometry: not a JSON object');
  });

  it('keeps a feature without geometry out of the map', () => {
    const features: Feature[] = featuresOf({ type: 'Feature', properties: {}, geometry: null });
    expect(features).toEqual([]);
  });
});
