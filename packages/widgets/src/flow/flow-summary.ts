import { formatYear, type Language } from '@slt/engine';
import { fill } from '../i18n/messages.ts';
import type { Count } from '../zones/zones-data.ts';
import { countText } from '../zones/zones-summary.ts';
import { joinList, ZONES_MESSAGES } from '../zones/zones.messages.ts';
import { ZONES } from '../zones/zone-style.ts';
import { cellAt, type FlowMatrix, type From } from './flow-data.ts';
import { FLOW_MESSAGES } from './flow.messages.ts';

/** `2025K4` as the reader says it: "4. kvartal 2025", "Q4 2025". */
export function quarterLabel(matrix: Pick<FlowMatrix, 'year' | 'quarter'>, language: Language): string {
  return fill(FLOW_MESSAGES[language].quarter, { quarter: String(matrix.quarter), year: formatYear(matrix.year) });
}

/**
 * The text alternative: the quarter's total and where everyone ended up (the published
 * column margins), then each row: where the people in a zone the quarter before went.
 * Hidden cells are said in words ("skjult"), never 0; rows whose total is 0 get one short sentence.
 */
export function summariseFlow(matrix: FlowMatrix, language: Language): string[] {
  const zones = ZONES_MESSAGES[language];
  const messages = FLOW_MESSAGES[language];
  const spoken = (count: Count) => (count.hidden ? messages.hiddenCount : countText(count, language));
  const text = (from: From, to: Parameters<typeof cellAt>[2]) => spoken(cellAt(matrix, from, to).count);
  const period = quarterLabel(matrix, language);
  const atEnd = [
    ...ZONES.map((zone, index) =>
      fill(index === 0 ? zones.inZoneFirst : zones.inZone, { value: text('all', zone), zone: zones.zone[zone] }),
    ),
    fill(messages.closedItem, { value: text('all', 'closed') }),
  ];
  const sentences = [
    fill(messages.overview, { period, total: text('all', 'all') }),
    fill(messages.atEnd, { list: joinList(atEnd, zones.and) }),
  ];
  for (const from of ['new', ...ZONES] as const) {
    const total = cellAt(matrix, from, 'all').count;
    if (!total.hidden && total.value === 0) {
      sentences.push(from === 'new' ? messages.rowNewNone : fill(messages.rowNone, { zone: zones.zone[from] }));
      continue;
    }
    const list = joinList(
      [
        ...ZONES.map((zone) => fill(messages.toZone, { value: text(from, zone), zone: zones.zone[zone] })),
        fill(messages.closedItem, { value: text(from, 'closed') }),
      ],
      zones.and,
    );
    const values = { total: spoken(total), list };
    sentences.push(from === 'new' ? fill(messages.rowNew, values) : fill(messages.row, { ...values, zone: zones.zone[from] }));
  }
  return sentences;
}
