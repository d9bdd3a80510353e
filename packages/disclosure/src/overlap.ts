import { auditJointly, type JointModel, type Term } from './joint.ts';

/**
 * Figures that overlap or nest without being margins of one table, suppressed jointly:
 * 3-year pooled windows next to single years, `2019-2021` next to `2020-2022`, 12-month
 * windows rolling by month next to the months, an age group inside another (16-25 inside
 * 15-29). Each figure is a sum of **parts**, the finest counts nobody publishes (one year's
 * count, one month's, one age's); a reader who subtracts two windows gets the difference of
 * their parts, and the audit (`auditJointly`, over the integers) sees every such difference.
 *
 * Returns which figures to hide: every figure of 1..k-1 (or about 1..k-1 persons), and more
 * until every hidden figure meets the protection interval (its range reaches k and holds
 * two values). A figure that must be hidden picks, among the visible figures that share a
 * part with it, the one least worth keeping (`worth`, default 0), then the smallest (when
 * every figure sharing a part is hidden or fixed, among those sharing a part with them).
 */
export interface OverlappingFigure {
  /** The parts (indexes into `parts`) the figure adds up, each once. */
  readonly parts: readonly number[];
  /** When the figure counts events: the persons behind it (primary also when 1..k-1). */
  readonly persons?: number;
  /** Higher is kept visible longer. */
  readonly worth?: number;
  /**
   * Never published (e.g. a month's count by type when only the month's total is): always
   * hidden, and audited as a remainder: when its true value is 1..k-1, a reader must not be
   * able to pin it to 1..k-1 (its range reaches 0 or k).
   */
  readonly unpublished?: boolean;
  /**
   * Published as it is by its own source (e.g. a national statistics office's municipal
   * count) and never hidden: the audit counts it as shown, and never picks it to hide.
   */
  readonly fixed?: boolean;
  /**
   * Published, but what is to be protected is only whether it is 1..k-1, as for a remainder:
   * the part of a published figure a reader who holds another tier cannot count (the concerns
   * about young people never in follow-up, for the 4-party group that holds the internal
   * tier). Hidden when 1..k-1; when hidden, audited as a remainder (its range must reach 0 or
   * k; a reader knows only that it is >= 0).
   */
  readonly remainder?: boolean;
  /**
   * The figure's published value, where this model counts only a share of it (a reader's
   * rest model): zeros are never hidden, and whether it is 0 is judged on this, so a figure
   * whose share here is 0 but whose published value is not may be hidden to protect another.
   */
  readonly shownValue?: number;
}

export interface OverlapOptions {
  readonly k: number;
  /** Extra linear equations between parts (sum of coefficient x part = 0), e.g. two classifications of the same events. */
  readonly balances?: ReadonlyArray<readonly Term[]>;
  /**
   * Figures hidden from the start (one flag per figure), e.g. by each table's own secondary
   * suppression (`suppressTable`), which knows its margins; the joint audit then hides only
   * what the overlaps and nestings need on top.
   */
  readonly initial?: readonly boolean[];
  readonly log?: (line: string) => void;
}

export async function suppressOverlapping(
  parts: readonly number[],
  figures: readonly OverlappingFigure[],
  options: OverlapOptions,
): Promise<boolean[]> {
  const { k } = options;
  if (!Number.isInteger(k) || k < 2) throw new RangeError(`invalid k: ${String(k)} (an integer >= 2)`);
  parts.forEach((value, i) => {
    if (!Number.isInteger(value) || value < 0) throw new RangeError(`invalid part ${i}: ${String(value)} (a non-negative integer count)`);
  });
  const values = figures.map((figure, i) => {
    if (!Array.isArray(figure.parts) || figure.parts.length === 0) throw new TypeError(`invalid figure ${i}: no parts`);
    return figure.parts.reduce((sum, p) => {
      if (!Number.isInteger(p) || p < 0 || p >= parts.length) throw new RangeError(`invalid figure ${i}: part ${String(p)}`);
      return sum + parts[p]!;
    }, 0);
  });
  const small = (n: number) => n >= 1 && n < k;
  if (options.initial !== undefined && options.initial.length !== figures.length) {
    throw new RangeError(`invalid initial: ${options.initial.length} flags for ${figures.length} figures`);
  }
  const hidden = figures.map((f, i) => f.unpublished === true || small(values[i]!) || (f.persons !== undefined && small(f.persons)) || options.initial?.[i] === true);
  figures.forEach((f, i) => {
    if (f.fixed && hidden[i]) throw new RangeError(`invalid figure ${i}: fixed (always shown), yet unpublished, 1..k-1 or hidden from the start`);
  });
  const byPart = parts.map(() => [] as number[]);
  figures.forEach((f, i) => f.parts.forEach((p) => byPart[p]!.push(i)));
  // Parts in one balance move together (the same events classified twice), so a figure on
  // one side of a balance can protect a figure on the other.
  const linked = parts.map((_, p) => new Set([p]));
  for (const balance of options.balances ?? []) {
    for (const [a] of balance) for (const [b] of balance) linked[a]!.add(b);
  }
  const base: Omit<JointModel, 'figures'> = { atoms: parts.length, truth: parts, ...(options.balances ? { balances: options.balances } : {}) };
  for (let round = 1; ; round += 1) {
    const model: JointModel = {
      ...base,
      figures: figures.map((f, i) => ({
        terms: f.parts.map((p) => [p, 1] as const),
        value: values[i]!,
        hidden: hidden[i]!,
        ...(f.unpublished || (f.remainder && hidden[i]) ? { unpublished: true } : {}),
      })),
    };
    const problems = await auditJointly(model, { k });
    options.log?.(`overlapping figures, round ${round}: ${problems.length} exposed`);
    if (problems.length === 0) return hidden;
    let changed = false;
    for (const { figure } of problems) {
      // The visible figures sharing a part with it; when every one is fixed or hidden, those
      // sharing a part with them (a fixed total is protected by hiding another of its parts).
      const near = new Set<number>();
      const seen = new Set([figure]);
      for (let frontier = [figure]; near.size === 0 && frontier.length > 0; ) {
        const next: number[] = [];
        for (const f of frontier) {
          for (const p of figures[f]!.parts) {
            for (const q of linked[p]!) {
              for (const j of byPart[q]!) {
                if (seen.has(j)) continue;
                seen.add(j);
                if (!hidden[j] && !figures[j]!.fixed && (figures[j]!.shownValue ?? values[j]!) > 0) near.add(j);
                else next.push(j);
              }
            }
          }
        }
        frontier = next;
      }
      const pick = [...near].sort((a, b) => (figures[a]!.worth ?? 0) - (figures[b]!.worth ?? 0) || values[a]! - values[b]! || a - b)[0];
      if (pick === undefined) continue;
      hidden[pick] = true;
      changed = true;
    }
    if (!changed) throw new Error('overlapping figures: an exposed figure has no visible figure sharing a part (or a balance) with it');
  }
}
