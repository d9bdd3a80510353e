// Putting rows in order by small whole numbers (people's codes, months, measures' codes):
// counting sorts, a few passes over the rows, where a comparison sort of a million rows
// would cost the page a second.

export type Numbers = ArrayLike<number>;

/**
 * The row order that sorts by `keys` (the first most significant), stable: a counting sort
 * per key, last key first. The keys are small whole numbers (months, people's codes), so
 * this is a few passes over the rows.
 */
export function sortedOrder(keys: readonly Numbers[], length: number, from?: Int32Array): Int32Array {
  let order = from ?? new Int32Array(length);
  if (!from) for (let i = 0; i < length; i++) order[i] = i;
  for (let k = keys.length - 1; k >= 0; k--) {
    const key = keys[k]!;
    let min = Infinity;
    let max = -Infinity;
    for (let i = 0; i < length; i++) {
      if (key[i]! < min) min = key[i]!;
      if (key[i]! > max) max = key[i]!;
    }
    const next = new Int32Array(length);
    const start = new Int32Array(Math.max(0, max - min) + 2);
    for (let i = 0; i < length; i++) start[key[i]! - min + 1]!++;
    for (let v = 1; v < start.length; v++) start[v]! += start[v - 1]!;
    for (let i = 0; i < length; i++) next[start[key[order[i]!]! - min]!++] = order[i]!;
    order = next;
  }
  return order;
}


/**
 * Where each person's rows begin once the rows are in people's order: person p's are
 * start[p] .. start[p + 1] - 1 (a count per person of `person`, the people's codes 0..people-1).
 */
export function startsByPerson(person: Numbers, people: number): Int32Array {
  const start = new Int32Array(people + 1);
  for (let i = 0; i < person.length; i++) start[person[i]! + 1]!++;
  for (let p = 0; p < people; p++) start[p + 1]! += start[p]!;
  return start;
}
