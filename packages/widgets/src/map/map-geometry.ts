import { EngineError } from '@slt/engine';
import { WidgetError } from '../shared/widget-error.ts';

/**
 * Just enough GeoJSON for district shapes (RFC 7946): polygons and multipolygons, in
 * longitude/latitude. TopoJSON (topology with shared, quantised arcs) is converted here,
 * without a dependency, for the same two geometry types.
 */
export type Position = readonly [number, number, ...number[]];
export type Geometry =
  | { readonly type: 'Polygon'; readonly coordinates: readonly (readonly Position[])[] }
  | { readonly type: 'MultiPolygon'; readonly coordinates: readonly (readonly (readonly Position[])[])[] };

export interface Feature {
  readonly type: 'Feature';
  readonly properties: Readonly<Record<string, unknown>> | null;
  readonly geometry: Geometry | null;
}

export interface FeatureCollection {
  readonly type: 'FeatureCollection';
  readonly features: readonly Feature[];
}

interface TopologyGeometry {
  readonly type: string;
  readonly arcs?: unknown;
  readonly properties?: Record<string, unknown>;
  readonly geometries?: readonly TopologyGeometry[];
}

interface Topology {
  readonly type: 'Topology';
  readonly arcs: readonly (readonly (readonly number[])[])[];
  readonly transform?: { readonly scale: readonly [number, number]; readonly translate: readonly [number, number] };
  readonly objects: Readonly<Record<string, TopologyGeometry>>;
}

const invalid = (message: string) => new EngineError('invalid-option', `geometry: ${message}`, { column: 'geometry' });

/**
 * Features from a parsed JSON document: a GeoJSON FeatureCollection or Feature, or a
 * TopoJSON Topology (its first object, or the one named by `object`).
 */
export function featuresOf(document: unknown, object?: string): Feature[] {
  if (typeof document !== 'object' || document === null) throw invalid('not a JSON object');
  const type = (document as { type?: unknown }).type;
  if (type === 'FeatureCollection') {
    const features = (document as { features?: unknown }).features;
    if (!Array.isArray(features)) throw invalid('a FeatureCollection without features');
    return features.filter(isShape).map(rewind);
  }
  if (type === 'Feature') return isShape(document) ? [rewind(document)] : [];
  if (type === 'Topology') return topologyFeatures(document as Topology, object).map(rewind);
  throw invalid(`expected a GeoJSON FeatureCollection or a TopoJSON Topology, found type ${JSON.stringify(type)}`);
}

function isShape(value: unknown): value is Feature {
  const geometry = (value as Feature | null)?.geometry;
  return (value as Feature | null)?.type === 'Feature' && (geometry?.type === 'Polygon' || geometry?.type === 'MultiPolygon');
}

/**
 * d3-geo reads polygons on the sphere: an exterior ring must run clockwise, or it means
 * "the whole globe except this". RFC 7946 asks for the opposite, and files in the wild
 * have both, so every ring is turned the way d3 wants (holes the other way). District
 * shapes are small enough for the planar signed area to tell the direction.
 */
export function rewind(feature: Feature): Feature {
  const geometry = feature.geometry;
  if (!geometry) return feature;
  const polygon = (rings: readonly (readonly Position[])[]) =>
    rings.map((ring, index) => (signedArea(ring) > 0 === (index === 0) ? [...ring].reverse() : ring));
  return {
    ...feature,
    geometry:
      geometry.type === 'Polygon'
        ? { type: 'Polygon', coordinates: polygon(geometry.coordinates) }
        : { type: 'MultiPolygon', coordinates: geometry.coordinates.map(polygon) },
  };
}

/** Shoelace formula with x = longitude, y = latitude: positive when counter-clockwise. */
export function signedArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let index = 0; index < ring.length - 1; index += 1) {
    const [x0, y0] = ring[index]!;
    const [x1, y1] = ring[index + 1]!;
    sum += x0 * y1 - x1 * y0;
  }
  return sum / 2;
}

/** The feature's key: the named property, as text. */
export function featureKey(feature: Feature, property: string): string | undefined {
  const value = feature.properties?.[property];
  return value === undefined || value === null ? undefined : String(value);
}

/** TopoJSON to GeoJSON: arcs decoded (delta + transform), rings stitched, polygons kept. */
function topologyFeatures(topology: Topology, name?: string): Feature[] {
  if (!Array.isArray(topology.arcs) || typeof topology.objects !== 'object') throw invalid('a Topology without arcs or objects');
  const objectName = name ?? Object.keys(topology.objects)[0];
  const object = objectName === undefined ? undefined : topology.objects[objectName];
  if (!object) throw invalid(`the Topology has no object ${JSON.stringify(objectName ?? '')}`);
  const arcs = decodeArcs(topology);
  const arc = (index: number): Position[] => {
    const points = arcs[index < 0 ? ~index : index];
    if (!points) throw invalid(`arc ${index} does not exist`);
    return index < 0 ? [...points].reverse() : points;
  };
  const ring = (indexes: unknown): Position[] => {
    if (!Array.isArray(indexes)) throw invalid('a ring that is not a list of arcs');
    const points: Position[] = [];
    for (const index of indexes as number[]) {
      const part = arc(index);
      // Consecutive arcs share their joining point.
      points.push(...(points.length > 0 ? part.slice(1) : part));
    }
    return points;
  };
  const geometries = object.type === 'GeometryCollection' ? (object.geometries ?? []) : [object];
  return geometries.flatMap((geometry): Feature[] => {
    const properties = geometry.properties ?? {};
    if (geometry.type === 'Polygon') {
      return [{ type: 'Feature', properties, geometry: { type: 'Polygon', coordinates: (geometry.arcs as unknown[]).map(ring) } }];
    }
    if (geometry.type === 'MultiPolygon') {
      const coordinates = (geometry.arcs as unknown[][]).map((polygon) => polygon.map(ring));
      return [{ type: 'Feature', properties, geometry: { type: 'MultiPolygon', coordinates } }];
    }
    return [];
  });
}

function decodeArcs(topology: Topology): Position[][] {
  const transform = topology.transform;
  return topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map((point): Position => {
      const [px = 0, py = 0] = point;
      if (!transform) return [px, py];
      // Quantised topologies store each point as a delta from the previous one.
      x += px;
      y += py;
      return [x * transform.scale[0] + transform.translate[0], y * transform.scale[1] + transform.translate[1]];
    });
  });
}

/** The geometry files already fetched, by URL: one request per page however many maps use one. */
const loaded = new Map<string, Promise<Feature[]>>();

/** Fetches and parses a geometry file (GeoJSON or TopoJSON), with errors the reader's message understands. */
export function loadGeometry(url: string): Promise<Feature[]> {
  const absolute = new URL(url, document.baseURI).href;
  let features = loaded.get(absolute);
  if (!features) {
    features = fetchFeatures(absolute);
    loaded.set(absolute, features);
    features.catch(() => loaded.delete(absolute)); // a later attempt may succeed
  }
  return features;
}

async function fetchFeatures(url: string): Promise<Feature[]> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (cause) {
    throw new EngineError('file-not-found', `geometry ${url} could not be fetched`, { cause });
  }
  if (!response.ok) throw new EngineError('file-not-found', `geometry ${url}: HTTP ${response.status}`);
  // What a reader is told names the map's file, not the data file ("Datafilen kan ikke leses."
  // blamed the Parquet file for a GeoJSON that was not one).
  const notGeometry = (detail: string) => new WidgetError('invalid-attribute', `geometry ${url}: ${detail}`, { attribute: 'geometry', valid: 'GeoJSON / TopoJSON' });
  let document: unknown;
  try {
    document = await response.json();
  } catch {
    throw notGeometry('not JSON');
  }
  try {
    return featuresOf(document);
  } catch (cause) {
    throw notGeometry((cause as Error).message);
  }
}
