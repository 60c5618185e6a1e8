import {getSource} from './sources';
import {PRICE_IDS, type PriceBook} from './types';

/** The span of as-of dates ('YYYY-MM-DD' or 'YYYY-MM') of the sources behind a price book's figures. */
export interface AsOfRange {
  readonly earliest: string;
  readonly latest: string;
}

/**
 * When the prices a result was computed from were read or published: the oldest and newest as-of date of the
 * sources of the book's prices. Prices the reader typed in have no source and are left out; null when every
 * price is the reader's own. Dates of both forms compare correctly as strings ('2026-11' < '2026-11-05').
 */
export function priceBookAsOf(book: PriceBook): AsOfRange | null {
  const dates = PRICE_IDS.filter((id) => book.prices[id].overriddenBookUsdPerUnit === undefined)
    .map((id) => getSource(book.prices[id].sourceId)?.asOf)
    .filter((date): date is string => date !== undefined)
    .sort();
  if (dates.length === 0) return null;
  return {earliest: dates[0]!, latest: dates[dates.length - 1]!};
}
