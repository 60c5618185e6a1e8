import {describe, expect, it} from 'vitest';
import {DEFAULT_INPUT, NUMERIC_PARAM_KEYS, NUMERIC_PARAMS} from './inputs';
import {OPTIONS, getOption, isOptionId} from './options';
import {PRICE_BOOKS} from './prices';
import {parseSimulationQuery} from './query';
import {SCENARIOS, SCENARIO_NEEDS, SCENARIO_SCOPES, scenarioQuery} from './scenarios';
import {SERVICE_TYPES, SERVICE_TYPE_IDS} from './serviceTypes';
import {SOURCES, getSource} from './sources';
import type {Bilingual} from './types';
import {GUIDE_SECTION_IDS, MULTI_CLUSTER_OPTION_IDS, PRICE_IDS, REGIONS, SINGLE_CLUSTER_OPTION_IDS} from './types';

function expectBilingual(text: Bilingual): void {
  expect(text.ko.trim()).not.toBe('');
  expect(text.en.trim()).not.toBe('');
}

describe('option catalog', () => {
  it('has exactly the stable option ids, single then multi-cluster', () => {
    expect(OPTIONS.map((o) => o.id)).toEqual([
      'itp-local',
      'prefer-same-zone',
      'topology-aware',
      'clusterip',
      'headless',
      'internal-nlb-ip',
      'internal-nlb-instance',
      'internal-alb',
      'vpc-lattice',
      'istio-sidecar',
      'istio-ambient',
      'cilium-clustermesh',
      'istio-multicluster',
      'route53-externaldns',
      'vpc-lattice-cross-vpc',
    ]);
    for (const id of SINGLE_CLUSTER_OPTION_IDS) expect(getOption(id).scope).toBe('single');
    for (const id of MULTI_CLUSTER_OPTION_IDS) expect(getOption(id).scope).toBe('multi');
  });

  it('every option has both languages, a positive hop count and a real guide section', () => {
    for (const o of OPTIONS) {
      for (const text of [o.name, o.description, o.costStructure, o.risk]) expectBilingual(text);
      expect(o.hops).toBeGreaterThanOrEqual(1);
      expect(GUIDE_SECTION_IDS).toContain(o.guideSectionId);
    }
  });

  it('isOptionId accepts catalog ids only', () => {
    expect(isOptionId('clusterip')).toBe(true);
    expect(isOptionId('ClusterIP')).toBe(false);
    expect(isOptionId('__proto__')).toBe(false);
  });
});

describe('price books and sources', () => {
  it('every price of every region points at a known source and has a positive value', () => {
    for (const region of REGIONS) {
      for (const id of PRICE_IDS) {
        const entry = PRICE_BOOKS[region].prices[id];
        expect(getSource(entry.sourceId), `${region} ${id}`).toBeDefined();
        expect(entry.usdPerUnit).toBeGreaterThan(0);
        expectBilingual(entry.unit);
      }
    }
  });

  it('us-east-1 unit prices (vCPU and GB-hour derived from m6i.large)', () => {
    const p = PRICE_BOOKS['us-east-1'].prices;
    expect([
      p.interAzUsdPerGbPerDirection.usdPerUnit,
      p.albUsdPerHour.usdPerUnit,
      p.albUsdPerLcuHour.usdPerUnit,
    ]).toEqual([0.01, 0.0225, 0.008]);
    expect([p.nlbUsdPerHour.usdPerUnit, p.nlbUsdPerNlcuHour.usdPerUnit]).toEqual([0.0225, 0.006]);
    expect([
      p.latticeUsdPerServiceHour.usdPerUnit,
      p.latticeUsdPerGb.usdPerUnit,
      p.latticeUsdPerMillionRequests.usdPerUnit,
    ]).toEqual([0.025, 0.025, 0.1]);
    expect(p.latticeFreeRequestsPerServiceHour.usdPerUnit).toBe(300000);
    expect([p.vcpuUsdPerHour.usdPerUnit, p.memUsdPerGbHour.usdPerUnit]).toEqual([0.03335, 0.003662]);
  });

  it('ap-northeast-2: derived vCPU and GB-hour prices, ALB from secondary sources, Lattice unverified', () => {
    const p = PRICE_BOOKS['ap-northeast-2'].prices;
    expect([p.vcpuUsdPerHour.usdPerUnit, p.memUsdPerGbHour.usdPerUnit]).toEqual([0.041, 0.0045]);
    expect(p.albUsdPerHour.status).toBe('SECONDARY');
    expect(p.latticeUsdPerGb.status).toBe('UNVERIFIED');
  });

  it('sources have unique ids, a date and an https url or none', () => {
    expect(new Set(SOURCES.map((s) => s.id)).size).toBe(SOURCES.length);
    for (const s of SOURCES) {
      expect(s.asOf).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
      if (s.url !== null) expect(s.url).toMatch(/^https:\/\//);
      expectBilingual(s.title);
    }
  });
});

describe('inputs', () => {
  it('the param table keeps the documented ranges and defaults of the URL contract', () => {
    const table = Object.fromEntries(
      NUMERIC_PARAM_KEYS.map((k) => [
        k,
        [NUMERIC_PARAMS[k].min, NUMERIC_PARAMS[k].max, NUMERIC_PARAMS[k].default, NUMERIC_PARAMS[k].integer],
      ]),
    );
    expect(table).toEqual({
      tb: [0.001, 100000, 10, false],
      az: [2, 6, 3, true],
      rps: [0, 10000000, 1000, false],
      rpc: [1, 1000000, 100, false],
      cd: [1, 86400, 60, false],
      rules: [0, 100, 10, true],
      svc: [1, 5000, 10, true],
      lb: [1, 100, 1, true],
      tar: [0, 100, 10, false],
      aff: [0, 100, 0, false],
      xz: [0, 1, 0, true],
      wp: [0, 1, 0, true],
      pods: [1, 100000, 30, true],
      xr: [0, 10000, 3, true],
      rcpu: [0, 64, 0.5, false],
      rmem: [0, 512, 1, false],
      nodes: [0, 5000, 6, true],
    });
    expect(DEFAULT_INPUT.region).toBe('us-east-1');
    expect(DEFAULT_INPUT.base).toBe('clusterip');
    for (const k of NUMERIC_PARAM_KEYS) {
      expectBilingual(NUMERIC_PARAMS[k].label);
      expectBilingual(NUMERIC_PARAMS[k].help);
    }
  });
});

describe('scenarios', () => {
  it('has the eight scenarios with unique ids', () => {
    expect(SCENARIOS).toHaveLength(8);
    expect(new Set(SCENARIOS.map((s) => s.id)).size).toBe(8);
  });

  it('every scenario uses known scopes, needs, options and guide ids, and both languages', () => {
    for (const s of SCENARIOS) {
      expect(SCENARIO_SCOPES).toContain(s.scope);
      for (const n of s.needs) expect(SCENARIO_NEEDS).toContain(n);
      expect(s.recommendedOptionIds.length).toBeGreaterThan(0);
      for (const id of s.recommendedOptionIds) expect(isOptionId(id)).toBe(true);
      for (const g of s.guideSectionIds) expect(GUIDE_SECTION_IDS).toContain(g);
      expectBilingual(s.title);
      expectBilingual(s.description);
    }
  });

  it('covers every scope', () => {
    expect(new Set(SCENARIOS.map((s) => s.scope))).toEqual(new Set(SCENARIO_SCOPES));
  });

  it('each preset link parses back cleanly with its baseline', () => {
    for (const s of SCENARIOS) {
      const parsed = parseSimulationQuery(scenarioQuery(s));
      expect(parsed.notices).toEqual([]);
      expect(parsed.input.base).toBe(s.preset.base);
    }
    expect(scenarioQuery(SCENARIOS[1])).toBe('tb=5&base=internal-nlb-ip');
  });

  it('the static-IP scenario states the NLB threshold the model computes: 1 NLB × 730 h × $0.0225 = $16.425 ÷ ($0.006 NLCU + 2/3 × $0.02) per GB = 849.6 GB = 0.83 TB', () => {
    const nlb = SCENARIOS.find((s) => s.id === 'l4-static-ip');
    expect(nlb?.description.en).toContain('past 0.8 TB/month');
    expect(nlb?.description.ko).toContain('월 0.8 TB를 넘으면');
  });
});

describe('service types', () => {
  it('has the six Service types and exactly one recommended default (ClusterIP)', () => {
    expect(SERVICE_TYPES.map((s) => s.id)).toEqual([...SERVICE_TYPE_IDS]);
    expect(SERVICE_TYPES.filter((s) => s.recommendedDefault).map((s) => s.id)).toEqual(['clusterip']);
  });

  it('rows are bilingual, link a guide section and name a cost option that exists', () => {
    for (const s of SERVICE_TYPES) {
      for (const t of [s.name, s.behaviour, ...s.pros, ...s.cons]) expectBilingual(t);
      expect(GUIDE_SECTION_IDS).toContain(s.guideSectionId);
      if (s.costOptionId !== null) expect(isOptionId(s.costOptionId)).toBe(true);
    }
  });

  it('ALB supports instance and IP targets (the AWS Load Balancer Controller offers both)', () => {
    expect(SERVICE_TYPE_IDS).toContain('internal-alb-instance');
    expect(SERVICE_TYPE_IDS).toContain('internal-alb-ip');
  });
});
