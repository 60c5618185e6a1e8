/**
 * Picks the model figures the guide's prose quotes. Nothing here prices anything: a figure is one option's
 * total from computeOptionCost, or the sum of some of its line items (a total is only ever a sum of line
 * items, so a subset is read the same way). The functions are pure so the prose test can call them.
 */
import {
  DEFAULT_INPUT,
  BREAK_EVEN_TEXT,
  computeBreakEven,
  SINGLE_CLUSTER_OPTION_IDS,
  PRICE_BOOKS,
  computeOptionCost,
  isOptionId,
  withDefaults,
  THRESHOLD_TEXT,
  latticeBreakEvenTb,
  nlbTrafficDominatesTb,
  nlbUsdPerGb,
  type Bilingual,
  type LineItem,
  type PriceEntry,
  type PriceId,
  type Region,
  type SimulationInput,
  type SingleClusterOptionId,
} from '../../model';
import {formatNumber, formatUsd, type SiteLocale} from '../format';

/** What a prose figure shows: an option's monthly total (or some of its line items) at the given inputs. */
export interface UsdFigureSpec {
  readonly option: SingleClusterOptionId;
  /** Line-item ids to add up (e.g. 'lb-hours'); all of them, the option total, when absent. */
  readonly item?: string | readonly string[];
  /** Inputs that differ from DEFAULT_INPUT, e.g. {tar: 30} or {svc: 1}. */
  readonly input?: Partial<SimulationInput>;
}

export interface ResolvedUsd {
  readonly spec: UsdFigureSpec;
  readonly input: SimulationInput;
  readonly items: readonly LineItem[];
  readonly usd: number;
}

export function isSingleClusterOptionId(value: string): value is SingleClusterOptionId {
  return isOptionId(value) && (SINGLE_CLUSTER_OPTION_IDS as readonly string[]).includes(value);
}

/**
 * Resolves a figure. A misspelt option or line-item id throws, so a typo in the MDX fails the build
 * instead of printing a wrong number.
 */
export function resolveUsd(spec: UsdFigureSpec): ResolvedUsd {
  if (!isSingleClusterOptionId(spec.option)) {
    throw new Error(`ModelFigure: "${String(spec.option)}" is not a single-cluster option id`);
  }
  const input = withDefaults(spec.input ?? {});
  const result = computeOptionCost(spec.option, input);
  if (spec.item === undefined) return {spec, input, items: result.items, usd: result.totalUsd};
  const wanted = typeof spec.item === 'string' ? [spec.item] : spec.item;
  const items = wanted.map((id) => {
    const found = result.items.find((i) => i.id === id);
    if (found === undefined) {
      const known = result.items.map((i) => i.id).join(', ');
      throw new Error(`ModelFigure: option "${spec.option}" has no line item "${id}" (it has: ${known})`);
    }
    return found;
  });
  let usd = 0;
  for (const i of items) usd += i.usd;
  return {spec, input, items, usd};
}

/** A book unit price of a region (no overrides: the prose quotes the published figure). */
export function bookPrice(id: PriceId, region: Region = DEFAULT_INPUT.region): PriceEntry {
  const entry = PRICE_BOOKS[region].prices[id];
  if (entry === undefined) throw new Error(`ModelFigure: unknown price id "${String(id)}"`);
  return entry;
}

// The inputs a reader needs to recompute a prose figure, in the order the simulator shows them.
/** "13,653.33 GB-direction × $0.01 = $136.53": one line item as quantity × unit price. */
export function describeItem(item: LineItem, locale: SiteLocale): string {
  const quantity = formatNumber(item.quantity, locale, 2);
  const unitPrice = formatUsd(item.usdPerUnit, locale, {style: 'unitPrice'});
  return `${item.label[locale]}: ${quantity} ${item.unit[locale]} × ${unitPrice} = ${formatUsd(item.usd, locale)}`;
}

/** The whole arithmetic behind a figure, one line item per line, then the sum. */
export function describeArithmetic(resolved: ResolvedUsd, locale: SiteLocale): string {
  const lines = resolved.items.map((i) => describeItem(i, locale));
  if (resolved.items.length > 1) {
    const sum = resolved.items.map((i) => formatUsd(i.usd, locale)).join(' + ');
    lines.push(`${sum} = ${formatUsd(resolved.usd, locale)}`);
  }
  return lines.join('\n');
}

// ---------------------------------------------------------------------------
// Non-dollar model figures (thresholds) and per-unit dollar figures that are not a book price.

/** A model number the prose quotes, by id; `compute` returns null when the figure does not exist (e.g. "never"). */
interface ModelValueDef {
  readonly compute: (input: SimulationInput) => number | null;
  /** 'usdUnit': a per-unit dollar amount; 'usd': a monthly dollar amount; 'tb': TB/month with two decimals. */
  readonly format: 'usdUnit' | 'tb' | 'usd';
  readonly meaning: Bilingual;
}

export const MODEL_VALUES = {
  'lattice-break-even-tb': {compute: latticeBreakEvenTb, format: 'tb', meaning: THRESHOLD_TEXT.latticeBreakEvenTb},
  'nlb-traffic-dominates-tb': {
    compute: nlbTrafficDominatesTb,
    format: 'tb',
    meaning: THRESHOLD_TEXT.nlbTrafficDominatesTb,
  },
  'nlb-usd-per-gb': {compute: (input) => nlbUsdPerGb(input), format: 'usdUnit', meaning: THRESHOLD_TEXT.nlbUsdPerGb},
  'break-even-tb': {
    compute: (input) => computeBreakEven(input).breakEvenTb,
    format: 'tb',
    meaning: BREAK_EVEN_TEXT.breakEvenTb,
  },
  'break-even-saved-usd': {
    compute: (input) => computeBreakEven(input).transferSavedUsd,
    format: 'usd',
    meaning: BREAK_EVEN_TEXT.transferSavedUsd,
  },
  'break-even-added-usd': {
    compute: (input) => computeBreakEven(input).addedUsd,
    format: 'usd',
    meaning: BREAK_EVEN_TEXT.addedUsd,
  },
} as const satisfies Record<string, ModelValueDef>;

export type ModelValueId = keyof typeof MODEL_VALUES;

export interface ResolvedModelValue {
  readonly id: ModelValueId;
  readonly input: SimulationInput;
  readonly value: number | null;
  readonly format: ModelValueDef['format'];
  readonly meaning: Bilingual;
}

/** Resolves a named model figure; an unknown id throws so a typo fails the build. */
export function resolveModelValue(id: string, input: Partial<SimulationInput> = {}): ResolvedModelValue {
  if (!Object.hasOwn(MODEL_VALUES, id)) {
    throw new Error(`ModelFigure: "${id}" is not a model value (known: ${Object.keys(MODEL_VALUES).join(', ')})`);
  }
  const def: ModelValueDef = MODEL_VALUES[id as ModelValueId];
  const full = withDefaults(input);
  return {id: id as ModelValueId, input: full, value: def.compute(full), format: def.format, meaning: def.meaning};
}
