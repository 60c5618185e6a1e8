import type {Bilingual, CostCategory, LineItem, PriceBook, PriceId} from '../types';

/** One line item: quantity × the book's unit price, with the price's unit and source carried along. */
export function item(
  book: PriceBook,
  priceId: PriceId,
  id: string,
  category: CostCategory,
  label: Bilingual,
  quantity: number,
): LineItem {
  const price = book.prices[priceId];
  return {
    id,
    label,
    category,
    quantity,
    unit: price.unit,
    usdPerUnit: price.usdPerUnit,
    usd: quantity * price.usdPerUnit,
    priceId,
    sourceId: price.sourceId,
  };
}

/** A total is always the sum of its line items. */
export function sum(items: readonly LineItem[]): number {
  let total = 0;
  for (const i of items) total += i.usd;
  return total;
}
