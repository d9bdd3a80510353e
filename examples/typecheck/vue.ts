import type { GlobalComponents } from 'vue';
import type {} from '@slt/widgets/vue';
type Trend = GlobalComponents['slt-trend'];
export const trend: Trend | undefined = undefined;
// @ts-expect-error: not an element of ours
export type Nope = GlobalComponents['slt-nope'];
