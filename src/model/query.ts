import {
  DEFAULT_INPUT,
  NUMERIC_PARAM_KEYS,
  NUMERIC_PARAMS,
  normalizeParam,
  type NumericParamKey,
  type SimulationInput,
} from './inputs';
import {BILL_PARAM, applyBill, mapBill, normalizeBill} from './bill';
import {MAX_PRICE_OVERRIDE_USD, PRICE_BOOKS, isPriceId} from './prices';
import type {PriceId, PriceOverrides, Region, SingleClusterOptionId} from './types';
import {PRICE_IDS, REGIONS, SINGLE_CLUSTER_OPTION_IDS} from './types';

/**
 * The URL query codec of the simulator: the param names and ranges of inputs.ts are the link contract.
 *
 * Format: `tb=20&az=2&region=ap-northeast-2&base=internal-alb&p.albUsdPerLcuHour=0.009` — the params of
 * SimulationInput, then one `p.<priceId>=<usd>` per unit-price override. Only values that differ from the
 * defaults (and overrides that differ from the region's book price) are written, in a fixed order.
 * `serializeSimulationQuery` returns the query WITHOUT a leading `?` ('' for the defaults);
 * `parseSimulationQuery` accepts it with or without one.
 *
 * Parsing is total: it never throws, whatever the string. Everything it ignores, clamps or rounds is
 * reported as a notice. Notice values are plain text (truncated); render them as text, never as HTML.
 */

/** Prefix of a unit-price override param: `p.<priceId>=<usd>`. */
export const PRICE_OVERRIDE_PARAM_PREFIX = 'p.';
/** Params read from one query string; the rest is ignored (a `truncated` notice says so). */
export const MAX_QUERY_PARAMS = 64;
/** Notices returned at most; `omittedNotices` counts the rest. */
export const MAX_QUERY_NOTICES = 20;
/** Notice values are cut to this many characters. */
export const NOTICE_VALUE_MAX_CHARS = 40;

/**
 * `superseded`: `tb` and `bill` were both in the link; the bill wins (tb is derived from it) and the link's tb
 * is ignored.
 */
export type QueryNoticeKind = 'unknown' | 'invalid' | 'clamped' | 'rounded' | 'duplicate' | 'truncated' | 'superseded';

export interface QueryNotice {
  /** The param name as read (truncated), e.g. 'tb' or 'p.albUsdPerHour'. */
  readonly param: string;
  readonly kind: QueryNoticeKind;
  /** The raw value as read, decoded where possible, truncated: plain text. */
  readonly value: string;
  /** The value used instead, when there is one (clamped / rounded / defaulted). */
  readonly appliedValue?: string;
}

export interface ParsedSimulationQuery {
  readonly input: SimulationInput;
  readonly notices: readonly QueryNotice[];
  /** Notices beyond MAX_QUERY_NOTICES that were not returned. */
  readonly omittedNotices: number;
}

// Decimal numbers only: no hex, no 'Infinity', no empty string (Number('') would be 0).
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

function truncate(text: string): string {
  // Drop control characters and cut on code points so a surrogate pair is never split.
  // eslint-disable-next-line no-control-regex
  const clean = text.replace(/[\u0000-\u001f\u007f]/g, '');
  if (clean.length <= NOTICE_VALUE_MAX_CHARS) return clean;
  // (max + 1) × 2 UTF-16 units always hold more than `max` code points unless the string is shorter.
  const points = Array.from(clean.slice(0, (NOTICE_VALUE_MAX_CHARS + 1) * 2));
  return points.length <= NOTICE_VALUE_MAX_CHARS
    ? points.join('')
    : `${points.slice(0, NOTICE_VALUE_MAX_CHARS - 1).join('')}…`;
}

/** decodeURIComponent with `+` as space, or null for malformed percent-encoding. */
function safeDecode(text: string): string | null {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

/** -0 reads as 0 so that a parsed input always equals its canonical form. */
function positiveZero(n: number): number {
  return n === 0 ? 0 : n;
}

type NumberRead = {ok: true; value: number} | {ok: false};

function readNumber(text: string): NumberRead {
  const trimmed = text.trim();
  if (!DECIMAL.test(trimmed)) return {ok: false};
  return {ok: true, value: positiveZero(Number(trimmed))};
}

function isRegion(value: string): value is Region {
  return (REGIONS as readonly string[]).includes(value);
}

function isSingleClusterOptionId(value: string): value is SingleClusterOptionId {
  return (SINGLE_CLUSTER_OPTION_IDS as readonly string[]).includes(value);
}

function isNumericKey(value: string): value is NumericParamKey {
  return (NUMERIC_PARAM_KEYS as readonly string[]).includes(value);
}

/**
 * Parse a query string (`location.search`, with or without `?`) into a valid SimulationInput. Never throws.
 * `otherParams` are params other widgets keep in the same query: skipped without a notice, so a link that
 * carries them does not warn that they were ignored.
 */
export function parseSimulationQuery(search: string, otherParams: readonly string[] = []): ParsedSimulationQuery {
  const notices: QueryNotice[] = [];
  let omittedNotices = 0;
  const note = (n: QueryNotice): void => {
    if (notices.length < MAX_QUERY_NOTICES) notices.push(n);
    else omittedNotices += 1;
  };

  const numeric: Record<NumericParamKey, number> = {...pickNumeric(DEFAULT_INPUT)};
  let region: Region = DEFAULT_INPUT.region;
  let base: SingleClusterOptionId = DEFAULT_INPUT.base;
  let bill: number | undefined;
  let tbShown = '';
  const rawOverrides = new Map<PriceId, {value: number; raw: string}>();
  const settled = new Set<string>();

  const text = typeof search === 'string' ? search : '';
  let start = text.startsWith('?') ? 1 : 0;
  let processed = 0;
  while (start <= text.length) {
    let end = text.indexOf('&', start);
    if (end === -1) end = text.length;
    const piece = text.slice(start, end);
    start = end + 1;
    if (piece === '') {
      if (end === text.length) break;
      continue;
    }
    if (processed === MAX_QUERY_PARAMS) {
      note({param: '…', kind: 'truncated', value: truncate(text.slice(end - piece.length))});
      break;
    }
    processed += 1;

    const eq = piece.indexOf('=');
    const rawKey = eq === -1 ? piece : piece.slice(0, eq);
    const rawValue = eq === -1 ? '' : piece.slice(eq + 1);
    const key = safeDecode(rawKey);
    const decodedValue = safeDecode(rawValue);
    const shownValue = truncate(decodedValue ?? rawValue);
    if (key === null) {
      note({param: truncate(rawKey), kind: 'unknown', value: shownValue});
      continue;
    }
    const param = truncate(key);

    if (otherParams.includes(key)) continue;
    const known =
      isNumericKey(key) ||
      key === BILL_PARAM.key ||
      key === 'region' ||
      key === 'base' ||
      (key.startsWith(PRICE_OVERRIDE_PARAM_PREFIX) && isPriceId(key.slice(PRICE_OVERRIDE_PARAM_PREFIX.length)));
    if (!known) {
      note({param, kind: 'unknown', value: shownValue});
      continue;
    }
    if (settled.has(key)) {
      note({param, kind: 'duplicate', value: shownValue});
      continue;
    }
    if (decodedValue === null) {
      note({param, kind: 'invalid', value: shownValue});
      continue;
    }

    if (key === BILL_PARAM.key) {
      const read = readNumber(decodedValue);
      const applied = read.ok ? normalizeBill(read.value) : null;
      if (!read.ok || applied === null) {
        // No default: an unreadable bill is simply absent.
        note({param, kind: 'invalid', value: shownValue});
        continue;
      }
      bill = applied;
      settled.add(key);
      const clamped = Math.min(BILL_PARAM.max, Math.max(BILL_PARAM.min, read.value)) !== read.value;
      if (clamped) note({param, kind: 'clamped', value: shownValue, appliedValue: String(applied)});
      else if (applied !== read.value) note({param, kind: 'rounded', value: shownValue, appliedValue: String(applied)});
    } else if (isNumericKey(key)) {
      if (key === 'tb') tbShown = shownValue;
      const spec = NUMERIC_PARAMS[key];
      const read = readNumber(decodedValue);
      if (!read.ok) {
        note({param, kind: 'invalid', value: shownValue, appliedValue: String(spec.default)});
        continue;
      }
      const applied = normalizeParam(key, read.value);
      numeric[key] = applied;
      settled.add(key);
      const clamped = Math.min(spec.max, Math.max(spec.min, read.value)) !== read.value;
      if (clamped) note({param, kind: 'clamped', value: shownValue, appliedValue: String(applied)});
      else if (applied !== read.value) note({param, kind: 'rounded', value: shownValue, appliedValue: String(applied)});
    } else if (key === 'region') {
      if (isRegion(decodedValue)) {
        region = decodedValue;
        settled.add(key);
      } else note({param, kind: 'invalid', value: shownValue, appliedValue: DEFAULT_INPUT.region});
    } else if (key === 'base') {
      if (isSingleClusterOptionId(decodedValue)) {
        base = decodedValue;
        settled.add(key);
      } else note({param, kind: 'invalid', value: shownValue, appliedValue: DEFAULT_INPUT.base});
    } else {
      const priceId = key.slice(PRICE_OVERRIDE_PARAM_PREFIX.length) as PriceId;
      const read = readNumber(decodedValue);
      if (!read.ok || Number.isNaN(read.value) || read.value < 0) {
        note({param, kind: 'invalid', value: shownValue});
        continue;
      }
      // A huge price (1e308, or digits overflowing to Infinity) would make totals Infinity: clamp and say so.
      const value = Math.min(read.value, MAX_PRICE_OVERRIDE_USD);
      if (value !== read.value) note({param, kind: 'clamped', value: shownValue, appliedValue: String(value)});
      rawOverrides.set(priceId, {value, raw: shownValue});
      settled.add(key);
    }
  }

  // Overrides are compared with the book of the region finally chosen, whatever the param order.
  const book = PRICE_BOOKS[region].prices;
  const priceOverrides: PriceOverrides = {};
  for (const id of PRICE_IDS) {
    const o = rawOverrides.get(id);
    if (o !== undefined && o.value !== book[id].usdPerUnit) priceOverrides[id] = o.value;
  }

  const parsed: SimulationInput = {...numeric, region, base, priceOverrides};
  if (bill === undefined) return {input: parsed, notices, omittedNotices};
  const input = applyBill({...parsed, bill});
  // tb gives way only when the bill maps to a volume; under an option with no inter-AZ bytes it stays.
  if (settled.has('tb') && billMapsToTb(input))
    note({param: 'tb', kind: 'superseded', value: tbShown, appliedValue: String(Math.round(input.tb * 1000) / 1000)});
  return {input, notices, omittedNotices};
}

function billMapsToTb(input: SimulationInput): boolean {
  const kind = mapBill(input).kind;
  return kind === 'derived' || kind === 'clamped';
}

function pickNumeric(input: SimulationInput): Record<NumericParamKey, number> {
  const out = {} as Record<NumericParamKey, number>;
  for (const key of NUMERIC_PARAM_KEYS) out[key] = input[key];
  return out;
}

/**
 * The query for an input, WITHOUT a leading `?`; '' when everything is at its default. Values are
 * normalized first (clamped, rounded), numbers written with String(n), which round-trips doubles.
 */
export function serializeSimulationQuery(input: SimulationInput): string {
  const parts: string[] = [];
  const bill = input.bill === undefined ? null : normalizeBill(input.bill);
  // With a bill that maps to a volume, tb is derived from it: the link carries the measurement, not the
  // derivation. Under an option with no inter-AZ bytes the bill cannot map, so tb is the reader's and is kept.
  const tbFromBill = bill !== null && billMapsToTb({...input, bill});
  if (bill !== null) parts.push(`${BILL_PARAM.key}=${String(bill)}`);
  for (const key of NUMERIC_PARAM_KEYS) {
    if (key === 'tb' && tbFromBill) continue;
    const value = normalizeParam(key, positiveZero(input[key]));
    if (value !== DEFAULT_INPUT[key]) parts.push(`${key}=${encodeURIComponent(String(value))}`);
  }
  const region = isRegion(input.region) ? input.region : DEFAULT_INPUT.region;
  if (region !== DEFAULT_INPUT.region) parts.push(`region=${region}`);
  if (isSingleClusterOptionId(input.base) && input.base !== DEFAULT_INPUT.base) parts.push(`base=${input.base}`);
  const book = PRICE_BOOKS[region].prices;
  for (const id of PRICE_IDS) {
    const value = input.priceOverrides[id];
    if (value === undefined || !Number.isFinite(value) || value < 0) continue;
    const v = positiveZero(value);
    if (v === book[id].usdPerUnit) continue;
    parts.push(`${PRICE_OVERRIDE_PARAM_PREFIX}${id}=${encodeURIComponent(String(v))}`);
  }
  return parts.join('&');
}
