/**
 * Picks the model figures the guide's prose quotes. Nothing here prices anything: a figure is one option's
 * total from computeOptionCost, or the sum of some of its line items (a total is only ever a sum of line
 * items, so a subset is read the same way). The functions are pure so the prose test can call them.
 */
import {
  DEFAULT_INPUT,
  computeBreakEven,
  NUMERIC_PARAMS,
  SINGLE_CLUSTER_OPTION_IDS,
  PRICE_BOOKS,
  computeOptionCost,
  isOptionId,
  withDefaults,
  type LineItem,
  type NumericParamKey,
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
const DESCRIBED_KEYS: readonly NumericParamKey[] = ['tb', 'az', 'rps', 'tar', 'svc'];

/**
 * "10 TB/month, 3 AZs, 1,000 requests/s, …, us-east-1": the inputs a figure was computed at. Keys that
 * differ from the defaults are added after the primary ones, so every figure names what it assumed.
 */
export function describeInput(input: SimulationInput, locale: SiteLocale): string {
  const keys: NumericParamKey[] = [...DESCRIBED_KEYS];
  for (const key of Object.keys(NUMERIC_PARAMS) as NumericParamKey[]) {
    if (!keys.includes(key) && input[key] !== DEFAULT_INPUT[key]) keys.push(key);
  }
  const parts = keys.map((key) => {
    const spec = NUMERIC_PARAMS[key];
    const unit = spec.unit[locale];
    // A bare Korean counter ("3 개") says nothing on its own: name the quantity ("서비스 수 10개").
    if (unit === '개') return `${spec.label[locale]} ${formatNumber(input[key], locale)}${unit}`;
    const value = `${formatNumber(input[key], locale)} ${unit}`;
    // Secondary params go by their URL/formula name (costStructure writes crossAz(tar/100)).
    return spec.primary ? value : `${key} = ${value}`;
  });
  return [...parts, input.region].join(', ');
}

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

/** What a <BreakEven/> figure shows: one field of computeBreakEven at the given inputs. */
export type BreakEvenValue = 'breakEvenTb' | 'transferSavedUsd' | 'addedUsd' | 'netUsd' | 'savedUsdPerTb';

export interface BreakEvenFigureSpec {
  readonly value: BreakEvenValue;
  readonly input?: Partial<SimulationInput>;
}

const BREAK_EVEN_VALUES: readonly BreakEvenValue[] = ['breakEvenTb', 'transferSavedUsd', 'addedUsd', 'netUsd', 'savedUsdPerTb'];

/** The number a <BreakEven/> figure shows; null when zone-local routing never pays. A misspelt value throws. */
export function resolveBreakEven(spec: BreakEvenFigureSpec): {readonly input: SimulationInput; readonly value: number | null} {
  if (!BREAK_EVEN_VALUES.includes(spec.value)) throw new Error(`ModelFigure: unknown break-even value "${String(spec.value)}"`);
  const input = withDefaults(spec.input ?? {});
  return {input, value: computeBreakEven(input)[spec.value]};
}
