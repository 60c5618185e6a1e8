import {describe, expect, it} from 'vitest';
import {computeCosts} from './cost';
import {DEFAULT_INPUT, withDefaults} from './inputs';
import {MAX_PRICE_OVERRIDE_USD} from './prices';
import {
  MAX_QUERY_NOTICES,
  NOTICE_VALUE_MAX_CHARS,
  PRICE_OVERRIDE_PARAM_PREFIX,
  parseSimulationQuery,
  serializeSimulationQuery,
} from './query';

describe('parseSimulationQuery', () => {
  it('empty string and a bare "?" give the defaults with no notices', () => {
    for (const q of ['', '?', '&&', '?&']) {
      expect(parseSimulationQuery(q)).toEqual({input: DEFAULT_INPUT, notices: [], omittedNotices: 0});
    }
  });

  it('reads every param, with or without the leading "?"', () => {
    const q =
      'tb=20&az=2&rps=5000&rpc=10&cd=30&rules=25&svc=40&lb=3&tar=5&aff=50&xz=1&wp=1&pods=120&xr=6&rcpu=0.25&rmem=0.5&nodes=9&region=ap-northeast-2&base=internal-alb';
    const expected = {
      tb: 20,
      az: 2,
      rps: 5000,
      rpc: 10,
      cd: 30,
      rules: 25,
      svc: 40,
      lb: 3,
      tar: 5,
      aff: 50,
      xz: 1,
      wp: 1,
      pods: 120,
      xr: 6,
      rcpu: 0.25,
      rmem: 0.5,
      nodes: 9,
      region: 'ap-northeast-2',
      base: 'internal-alb',
      priceOverrides: {},
    };
    expect(parseSimulationQuery(q)).toEqual({input: expected, notices: [], omittedNotices: 0});
    expect(parseSimulationQuery(`?${q}`).input).toEqual(expected);
  });

  it('params other widgets keep in the query are skipped silently, and only those', () => {
    expect(parseSimulationQuery('scope=multi-cluster&needs=mtls,l7-routing&tb=2', ['scope', 'needs'])).toEqual({
      input: {...DEFAULT_INPUT, tb: 2},
      notices: [],
      omittedNotices: 0,
    });
    expect(parseSimulationQuery('scope=multi-cluster&tb=2', ['needs']).notices).toEqual([
      {param: 'scope', kind: 'unknown', value: 'multi-cluster'},
    ]);
  });

  it('unknown params are ignored and named', () => {
    const r = parseSimulationQuery('foo=1&tb=3');
    expect(r.input.tb).toBe(3);
    expect(r.notices).toEqual([{param: 'foo', kind: 'unknown', value: '1'}]);
  });

  it.each(['abc', 'NaN', 'Infinity', '-Infinity', '0x10', '', '1,5', '１０', '5px'])(
    'tb=%s is invalid → default 10',
    (v) => {
      const r = parseSimulationQuery(`tb=${encodeURIComponent(v)}`);
      expect(r.input.tb).toBe(10);
      expect(r.notices).toEqual([{param: 'tb', kind: 'invalid', value: v, appliedValue: '10'}]);
    },
  );

  it('out of range is clamped and named: tb=1e309 (overflows to Infinity) → 100000; az=9 → 6; rps=-5 → 0', () => {
    const r = parseSimulationQuery('tb=1e309&az=9&rps=-5');
    expect(r.input).toMatchObject({tb: 100000, az: 6, rps: 0});
    expect(r.notices).toEqual([
      {param: 'tb', kind: 'clamped', value: '1e309', appliedValue: '100000'},
      {param: 'az', kind: 'clamped', value: '9', appliedValue: '6'},
      {param: 'rps', kind: 'clamped', value: '-5', appliedValue: '0'},
    ]);
  });

  it('integers are rounded and named: az=2.6 → 3, xz=0.6 → 1, rules=12.2 → 12', () => {
    const r = parseSimulationQuery('az=2.6&xz=0.6&rules=12.2');
    expect(r.input).toMatchObject({az: 3, xz: 1, rules: 12});
    expect(r.notices.map((n) => [n.param, n.kind, n.appliedValue])).toEqual([
      ['az', 'rounded', '3'],
      ['xz', 'rounded', '1'],
      ['rules', 'rounded', '12'],
    ]);
  });

  it('repeated params: the first valid value wins, later ones are named', () => {
    expect(parseSimulationQuery('tb=5&tb=7').input.tb).toBe(5);
    expect(parseSimulationQuery('tb=5&tb=7').notices).toEqual([{param: 'tb', kind: 'duplicate', value: '7'}]);
    const r = parseSimulationQuery('tb=oops&tb=7');
    expect(r.input.tb).toBe(7);
    expect(r.notices.map((n) => n.kind)).toEqual(['invalid']);
  });

  it('malformed percent-encoding never throws', () => {
    const r = parseSimulationQuery('tb=%E0%A4%A&%ZZ=1&az=%');
    expect(r.input).toEqual(DEFAULT_INPUT);
    expect(r.notices.map((n) => [n.param, n.kind])).toEqual([
      ['tb', 'invalid'],
      ['%ZZ', 'unknown'],
      ['az', 'invalid'],
    ]);
  });

  it('region and base accept only known values (base: single-cluster options only)', () => {
    const r = parseSimulationQuery('region=eu-west-1&base=cilium-clustermesh');
    expect(r.input.region).toBe('us-east-1');
    expect(r.input.base).toBe('clusterip');
    expect(r.notices).toEqual([
      {param: 'region', kind: 'invalid', value: 'eu-west-1', appliedValue: 'us-east-1'},
      {param: 'base', kind: 'invalid', value: 'cilium-clustermesh', appliedValue: 'clusterip'},
    ]);
  });

  it('script tags come back as plain text in a notice, and change nothing', () => {
    const r = parseSimulationQuery('%3Cscript%3Ealert(1)%3C%2Fscript%3E=1&tb=%3Cimg%20src%3Dx%3E');
    expect(r.input).toEqual(DEFAULT_INPUT);
    expect(r.notices).toEqual([
      {param: '<script>alert(1)</script>', kind: 'unknown', value: '1'},
      {param: 'tb', kind: 'invalid', value: '<img src=x>', appliedValue: '10'},
    ]);
  });

  it('very long values are cut to 40 characters in notices', () => {
    const r = parseSimulationQuery(`tb=${'9'.repeat(10000)}&zz=${'é'.repeat(500)}`);
    expect(r.input.tb).toBe(100000);
    expect(NOTICE_VALUE_MAX_CHARS).toBe(40);
    for (const n of r.notices) expect(Array.from(n.value).length).toBeLessThanOrEqual(40);
    expect(r.notices[1]?.value).toBe(`${'é'.repeat(39)}…`);
  });

  it('unicode (including astral characters) is never split', () => {
    const r = parseSimulationQuery(`x=${encodeURIComponent('😀'.repeat(60))}`);
    expect(r.notices[0]?.value).toBe(`${'😀'.repeat(39)}…`);
  });

  it('a huge query stays cheap: 64 params read, then one truncated notice; notices capped at 20', () => {
    const q = Array.from({length: 5000}, (_, i) => `k${i}=v`).join('&');
    const r = parseSimulationQuery(q);
    expect(r.notices).toHaveLength(MAX_QUERY_NOTICES);
    // 64 unknown params read (20 returned, 44 omitted) + 1 truncated notice omitted = 45
    expect(r.omittedNotices).toBe(45);
    expect(r.input).toEqual(DEFAULT_INPUT);
  });

  it('price overrides: p.<priceId>=<usd>; negative, NaN or unknown ids are ignored and named', () => {
    expect(PRICE_OVERRIDE_PARAM_PREFIX).toBe('p.');
    const r = parseSimulationQuery('p.albUsdPerLcuHour=0.009&p.albUsdPerHour=-1&p.nlbUsdPerHour=NaN&p.nope=1');
    expect(r.input.priceOverrides).toEqual({albUsdPerLcuHour: 0.009});
    expect(r.notices.map((n) => [n.param, n.kind])).toEqual([
      ['p.albUsdPerHour', 'invalid'],
      ['p.nlbUsdPerHour', 'invalid'],
      ['p.nope', 'unknown'],
    ]);
  });

  it('a huge override is clamped to MAX_PRICE_OVERRIDE_USD (1e21) and named, so totals stay finite', () => {
    const r = parseSimulationQuery(`p.interAzUsdPerGbPerDirection=1e308&p.albUsdPerHour=${'9'.repeat(400)}`);
    expect(r.input.priceOverrides).toEqual({
      interAzUsdPerGbPerDirection: MAX_PRICE_OVERRIDE_USD,
      albUsdPerHour: MAX_PRICE_OVERRIDE_USD,
    });
    expect(r.notices.map((n) => [n.param, n.kind, n.appliedValue])).toEqual([
      ['p.interAzUsdPerGbPerDirection', 'clamped', '1e+21'],
      ['p.albUsdPerHour', 'clamped', '1e+21'],
    ]);
    for (const cost of computeCosts({...r.input, tb: 100_000, rps: 10_000_000, svc: 5_000})) {
      expect(Number.isFinite(cost.totalUsd)).toBe(true);
    }
  });

  it('an override equal to the book price of the chosen region is dropped', () => {
    expect(parseSimulationQuery('p.albUsdPerLcuHour=0.008').input.priceOverrides).toEqual({});
    // Seoul vCPU is 0.041 in the book: overriding us-east-1 with 0.041 is kept, Seoul with 0.041 is not.
    expect(parseSimulationQuery('p.vcpuUsdPerHour=0.041').input.priceOverrides).toEqual({vcpuUsdPerHour: 0.041});
    expect(parseSimulationQuery('p.vcpuUsdPerHour=0.041&region=ap-northeast-2').input.priceOverrides).toEqual({});
  });

  it('"+" reads as a space, so an unencoded "1e+21" is invalid while "1e%2B21" works', () => {
    expect(parseSimulationQuery('p.albUsdPerHour=1e+21').input.priceOverrides).toEqual({});
    expect(parseSimulationQuery('p.albUsdPerHour=1e%2B21').input.priceOverrides).toEqual({albUsdPerHour: 1e21});
  });

  it('never throws on non-string input smuggled past the types', () => {
    expect(parseSimulationQuery(undefined as unknown as string).input).toEqual(DEFAULT_INPUT);
  });
});

describe('serializeSimulationQuery', () => {
  it('defaults serialize to the empty string (no leading "?")', () => {
    expect(serializeSimulationQuery(DEFAULT_INPUT)).toBe('');
  });

  it('writes only what differs, in a fixed order: params, region, base, then overrides', () => {
    const input = withDefaults({
      base: 'internal-alb',
      priceOverrides: {albUsdPerLcuHour: 0.009, interAzUsdPerGbPerDirection: 0.02},
      region: 'ap-northeast-2',
      tb: 20,
      az: 3,
      wp: 1,
    });
    expect(serializeSimulationQuery(input)).toBe(
      'tb=20&wp=1&region=ap-northeast-2&base=internal-alb&p.interAzUsdPerGbPerDirection=0.02&p.albUsdPerLcuHour=0.009',
    );
  });

  it('an override equal to the book price is not written', () => {
    expect(serializeSimulationQuery(withDefaults({priceOverrides: {albUsdPerHour: 0.0225}}))).toBe('');
  });

  it('exponents are percent-encoded and round-trip', () => {
    const input = withDefaults({priceOverrides: {albUsdPerHour: 1e21}, tb: 0.001});
    const q = serializeSimulationQuery(input);
    expect(q).toBe('tb=0.001&p.albUsdPerHour=1e%2B21');
    expect(parseSimulationQuery(q).input).toEqual(input);
  });

  it('doubles round-trip exactly (String(n))', () => {
    const input = withDefaults({tb: 0.1 + 0.2, rps: 1234.5678901234567, tar: 33.33333333333333});
    expect(parseSimulationQuery(serializeSimulationQuery(input))).toEqual({input, notices: [], omittedNotices: 0});
  });
});
