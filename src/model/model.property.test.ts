import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {computeCosts, computeOptionCost} from './cost';
import {NUMERIC_PARAM_KEYS, NUMERIC_PARAMS, type SimulationInput} from './inputs';
import {PRICE_BOOKS} from './prices';
import {parseSimulationQuery, serializeSimulationQuery, MAX_QUERY_NOTICES} from './query';
import type {PriceId, PriceOverrides} from './types';
import {PRICE_IDS, REGIONS, SINGLE_CLUSTER_OPTION_IDS} from './types';

// Property tests over the whole input space: every param across its full range (NUMERIC_PARAMS).

function paramArb(key: (typeof NUMERIC_PARAM_KEYS)[number]): fc.Arbitrary<number> {
  const spec = NUMERIC_PARAMS[key];
  return spec.integer
    ? fc.integer({min: spec.min, max: spec.max})
    : fc.double({min: spec.min, max: spec.max, noNaN: true, noDefaultInfinity: true});
}

const overridesArb: fc.Arbitrary<PriceOverrides> = fc.record(
  Object.fromEntries(PRICE_IDS.map((id) => [id, fc.double({min: 0, max: 1e6, noNaN: true})])) as Record<
    PriceId,
    fc.Arbitrary<number>
  >,
  {requiredKeys: []},
);

const inputArb: fc.Arbitrary<SimulationInput> = fc.record({
  tb: paramArb('tb'),
  az: paramArb('az'),
  rps: paramArb('rps'),
  rpc: paramArb('rpc'),
  cd: paramArb('cd'),
  rules: paramArb('rules'),
  svc: paramArb('svc'),
  lb: paramArb('lb'),
  tar: paramArb('tar'),
  aff: paramArb('aff'),
  xz: paramArb('xz'),
  wp: paramArb('wp'),
  pods: paramArb('pods'),
  xr: paramArb('xr'),
  rcpu: paramArb('rcpu'),
  rmem: paramArb('rmem'),
  nodes: paramArb('nodes'),
  region: fc.constantFrom(...REGIONS),
  base: fc.constantFrom(...SINGLE_CLUSTER_OPTION_IDS),
  priceOverrides: overridesArb,
});

/** Overrides equal to the book price carry no information and are not written to a link. */
function canonical(input: SimulationInput): SimulationInput {
  const book = PRICE_BOOKS[input.region].prices;
  const priceOverrides: PriceOverrides = {};
  for (const [id, v] of Object.entries(input.priceOverrides) as Array<[PriceId, number]>) {
    if (v !== book[id].usdPerUnit) priceOverrides[id] = v;
  }
  return {...input, priceOverrides};
}

// Relative tolerance for comparing two floating-point totals computed along different paths.
const EPS = 1e-9;

describe('costs over the whole input space', () => {
  it('every total is finite, ≥ 0 and exactly the sum of its items; every item is quantity × unit price', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        for (const r of computeCosts(input)) {
          expect(Number.isFinite(r.totalUsd)).toBe(true);
          expect(r.totalUsd).toBeGreaterThanOrEqual(0);
          let sum = 0;
          for (const i of r.items) {
            expect(i.usd).toBe(i.quantity * i.usdPerUnit);
            expect(i.quantity).toBeGreaterThanOrEqual(0);
            sum += i.usd;
          }
          expect(r.totalUsd).toBe(sum);
        }
      }),
      {numRuns: 300},
    );
  });

  it.each(['tb', 'rps'] as const)('monotone non-decreasing in %s for every option', (key) => {
    const spec = NUMERIC_PARAMS[key];
    const valueArb = fc.double({min: spec.min, max: spec.max, noNaN: true});
    fc.assert(
      fc.property(inputArb, valueArb, valueArb, (input, a, b) => {
        const lo = Math.min(a, b);
        const hi = Math.max(a, b);
        for (const id of SINGLE_CLUSTER_OPTION_IDS) {
          const low = computeOptionCost(id, {...input, [key]: lo}).totalUsd;
          const high = computeOptionCost(id, {...input, [key]: hi}).totalUsd;
          expect(high).toBeGreaterThanOrEqual(low - EPS * Math.max(1, low));
        }
      }),
      {numRuns: 200},
    );
  });
});

describe('URL codec', () => {
  it('parse(serialize(x)) round-trips every valid input, with no notices', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const x = canonical(input);
        const parsed = parseSimulationQuery(serializeSimulationQuery(x));
        expect(parsed.input).toEqual(x);
        expect(parsed.notices).toEqual([]);
      }),
      {numRuns: 500},
    );
  });

  it('serialize(parse(q)) is stable: parsing a serialized query again gives the same query', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const q = serializeSimulationQuery(input);
        expect(serializeSimulationQuery(parseSimulationQuery(q).input)).toBe(q);
      }),
    );
  });

  const keyArb = fc.constantFrom(
    ...NUMERIC_PARAM_KEYS,
    'region',
    'base',
    'p.albUsdPerHour',
    'p.latticeFreeRequestsPerServiceHour',
    'p.nope',
    'zzz',
    '',
    '%',
    '<b>',
  );
  const hostileValueArb = fc.oneof(
    fc.string(),
    fc.string({unit: 'binary'}),
    fc.constantFrom(
      'NaN',
      'Infinity',
      '-Infinity',
      '1e309',
      '-1e309',
      '1e-400',
      '<script>alert(1)</script>',
      '%E0%A4%A',
      '%',
      '%%',
      '１０',
      '0x10',
      ' 5 ',
      '-0',
      '+3',
      '1e+21',
      'ap-northeast-2',
      'internal-alb',
      '9'.repeat(400),
    ),
    fc.double().map(String),
  );
  const soupArb = fc
    .array(fc.tuple(keyArb, hostileValueArb, fc.boolean()), {maxLength: 90})
    .map((pairs) => pairs.map(([k, v, enc]) => `${k}=${enc ? encodeURIComponent(v) : v}`).join('&'));

  it('any string parses without throwing into an in-range input', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({unit: 'binary'}),
          soupArb,
          soupArb.map((q) => `?${q}`),
        ),
        (q) => {
          const {input, notices} = parseSimulationQuery(q);
          for (const key of NUMERIC_PARAM_KEYS) {
            const spec = NUMERIC_PARAMS[key];
            const v = input[key];
            expect(Number.isFinite(v)).toBe(true);
            expect(v).toBeGreaterThanOrEqual(spec.min);
            expect(v).toBeLessThanOrEqual(spec.max);
            if (spec.integer) expect(Number.isInteger(v)).toBe(true);
          }
          expect(REGIONS).toContain(input.region);
          expect(SINGLE_CLUSTER_OPTION_IDS).toContain(input.base);
          for (const [id, v] of Object.entries(input.priceOverrides)) {
            expect(PRICE_IDS).toContain(id);
            expect(Number.isFinite(v)).toBe(true);
            expect(v).toBeGreaterThanOrEqual(0);
          }
          expect(notices.length).toBeLessThanOrEqual(MAX_QUERY_NOTICES);
          for (const n of notices) {
            expect(typeof n.value).toBe('string');
            expect(Array.from(n.value).length).toBeLessThanOrEqual(40);
            expect(Array.from(n.param).length).toBeLessThanOrEqual(40);
          }
          // A parsed input always serializes to a query that parses back to itself.
          expect(parseSimulationQuery(serializeSimulationQuery(input)).input).toEqual(input);
        },
      ),
      {numRuns: 1000},
    );
  });
});
