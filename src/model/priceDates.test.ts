import {describe, expect, it} from 'vitest';
import {priceBookAsOf} from './priceDates';
import {resolvePriceBook} from './prices';
import {PRICE_IDS, type PriceOverrides} from './types';

describe('priceBookAsOf', () => {
  it('us-east-1: oldest is the NLB data-transfer blog (2026-04-02), newest the Lattice/NLB-hour/derived sources (2026-11)', () => {
    expect(priceBookAsOf(resolvePriceBook('us-east-1'))).toEqual({earliest: '2026-04-02', latest: '2026-11'});
  });

  it('ap-northeast-2: the EC2 data-transfer page (2019-09) is the oldest source', () => {
    expect(priceBookAsOf(resolvePriceBook('ap-northeast-2'))).toEqual({earliest: '2019-09', latest: '2026-11'});
  });

  it('leaves out prices the reader typed: overriding the inter-AZ price drops its 2026-04-02 source', () => {
    const book = resolvePriceBook('us-east-1', {interAzUsdPerGbPerDirection: 0.02});
    // Left: ELB pricing (2026-09-20), clustercost NLB hour, Lattice and the derived vCPU split (2026-11).
    expect(priceBookAsOf(book)).toEqual({earliest: '2026-09-20', latest: '2026-11'});
  });

  it('is null when every price is the reader’s own', () => {
    const overrides: PriceOverrides = Object.fromEntries(PRICE_IDS.map((id) => [id, 0.5]));
    expect(priceBookAsOf(resolvePriceBook('us-east-1', overrides))).toBeNull();
  });
});
