// Every dollar figure in the guide's prose must be the model's number: the prose dollar figures must equal
// what the model computes for the same inputs. Model-derived figures are written as components
// (<Usd/>, <UsdDiff/>, <Price/> from src/components/ModelFigure), which this test evaluates against values
// computed by hand; a `$<number>` literal left in the prose must be a unit price the model's price book holds,
// or sit in ALLOWED_LITERALS with a reason.
import {describe, expect, it} from 'vitest';
import {BILLED_DIRECTIONS_PER_AZ_CROSSING, PRICE_BOOKS, PRICE_IDS, type SimulationInput} from '../../src/model';
import {resolveModelValue, resolveUsd, type UsdFigureSpec} from '../../src/components/ModelFigure/figures';
import {wholeGuide} from './guidePages';

// The guide is several pages: each locale's pages are read together, in reading order.
const GUIDES = {ko: wholeGuide('ko'), en: wholeGuide('en')} as const;

/** Literals that are not a model unit price, each with why it may stay as text. */
const ALLOWED_LITERALS: Readonly<Record<string, string>> = {
  $0: 'zero: no charge at all (node-local traffic, same-zone transfer)',
  '$0.02': 'per GB crossing an AZ = $0.01 per direction × 2 directions (checked below)',
  '$0.096':
    'm6i.large on-demand hourly price, the input of the derived vCPU/GB prices (split at the Fargate vCPU:GB ratio); not a model price',
  '$0.40': 'Route 53 standard queries per million (first billion); multi-cluster text only, not in the model',
  '$0.50': 'Route 53 hosted zone per month (first 25); multi-cluster text only, not in the model',
};

/**
 * Hand-computed values of the figure components the guide uses, keyed by the tag as written (whitespace
 * collapsed). Defaults: 10 TB = 10,240 GB/month, 3 AZs, 1,000 rps, 100 requests/connection, 60 s, 10 rules,
 * 10 services, 1 LB, tar 10 %, us-east-1.
 */
const EXPECTED: Readonly<Record<string, number | null>> = {
  // 10,240 × 2/3 × $0.02 = 136.5333
  '<Usd option="clusterip" />': 136.5333,
  // The measure page's worked example, a bill of 20,480 GB-direction = 15 TB at 3 AZs:
  // 15 × 1,024 × 2/3 × $0.02 = 204.80 (the bill × $0.01); 15,360 × 0.10 × $0.02 = 30.72
  '<Usd option="clusterip" input={{tb: 15}} />': 204.8,
  '<Usd option="topology-aware" input={{tb: 15}} />': 30.72,
  // The published inter-AZ price, per GB and direction
  '<Price id="interAzUsdPerGbPerDirection" />': 0.01,
  '<Usd option="internal-alb" item="client-to-lb-cross-az" />': 136.5333,
  '<Usd option="internal-nlb-ip" item="client-to-lb-cross-az" />': 136.5333,
  '<Usd option="internal-nlb-instance" item="nodeport-cross-az" />': 136.5333,
  // 10,240 × 0.10 × $0.02 = 20.48; at tar 30: 10,240 × 0.30 × $0.02 = 61.44
  '<Usd option="topology-aware" />': 20.48,
  '<Usd option="topology-aware" input={{tar: 30}} />': 61.44,
  // 730 h × $0.0225 = 16.425
  '<Usd option="internal-alb" item="lb-hours" />': 16.425,
  '<Usd option="internal-nlb-ip" item="lb-hours" />': 16.425,
  // bytes dominate: 10,240 GB / 730 h = 14.03 LCU × 730 × $0.008 = 10,240 × 0.008 = 81.92
  '<Usd option="internal-alb" item="capacity-units" />': 81.92,
  // 10,240 × $0.006 = 61.44
  '<Usd option="internal-nlb-ip" item="capacity-units" />': 61.44,
  // 16.425 + 81.92 + 136.5333 = 234.8783
  '<Usd option="internal-alb" />': 234.8783,
  // 16.425 + 61.44 + 136.5333 + 0 (cross-zone off) = 214.3983
  '<Usd option="internal-nlb-ip" />': 214.3983,
  // Lattice, 1 service: 730 × $0.025 = 18.25; data 10,240 × $0.025 = 256.00
  '<Usd option="vpc-lattice" item="lattice-service-hours" input={{svc: 1}} />': 18.25,
  '<Usd option="vpc-lattice" item="lattice-data" />': 256,
  // 18.25 + 256 = 274.25
  "<Usd option=\"vpc-lattice\" item={['lattice-service-hours', 'lattice-data']} input={{svc: 1}} />": 274.25,
  // 1 service: 3,600,000 − 300,000 = 3.3 M billed per hour × 730 × $0.10 = 240.90
  '<Usd option="vpc-lattice" item="lattice-requests" input={{svc: 1}} />': 240.9,
  // 10 services: 10 × 18.25 + 256 = 438.50
  "<Usd option=\"vpc-lattice\" item={['lattice-service-hours', 'lattice-data']} />": 438.5,
  // 10 services: (360,000 − 300,000) × 10 × 730 / 1e6 × $0.10 = 43.80
  '<Usd option="vpc-lattice" item="lattice-requests" />': 43.8,
  // 438.50 + 43.80 = 482.30
  '<Usd option="vpc-lattice" />': 482.3,
  // CPU of two sidecars per 1000 rps: 730 × 2 × 0.20 × 0.03335 = 292 × 0.03335 = 9.7382
  '<Usd option="istio-sidecar" item="sidecar-vcpu" />': 9.7382,
  // sidecar memory, per Pod: 30 × 0.060 GB × 730 × 0.003662 = 1,314 × 0.003662 = 4.811868
  '<Usd option="istio-sidecar" item="sidecar-mem" />': 4.811868,
  // CPU of two ztunnels: 730 × 2 × 0.06 × 0.03335 = 87.6 × 0.03335 = 2.92146
  '<Usd option="istio-ambient" item="ztunnel-vcpu" />': 2.92146,
  // savings against topology-aware (20.48)
  '<UsdDiff from="clusterip" to="topology-aware" />': 116.0533, // 136.5333 − 20.48
  '<UsdDiff from="internal-nlb-ip" to="topology-aware" />': 193.9183, // 214.3983 − 20.48
  '<UsdDiff from="internal-alb" to="topology-aware" />': 214.3983, // 234.8783 − 20.48
  '<UsdDiff from="vpc-lattice" to="topology-aware" />': 461.82, // 482.30 − 20.48
  // 438.50 − 20.48 = 418.02
  "<UsdDiff from={{option: 'vpc-lattice', item: ['lattice-service-hours', 'lattice-data']}} to=\"topology-aware\" />": 418.02,
  // NLB per GB: NLCU $0.006 + 2/3 × $0.02 client→NLB = 0.0193333; with cross-zone + 2/3 × $0.02 = 0.0326667
  '<ModelValue of="nlb-usd-per-gb" />': 0.0193333,
  '<ModelValue of="nlb-usd-per-gb" input={{xz: 1}} />': 0.0326667,
  // Lattice never beats an NLB per service at the defaults: $0.025/GB > $0.0193/GB and $0.025 > $0.0225 per hour
  '<ModelValue of="lattice-break-even-tb" />': null,
  // cross-zone on: (10 × 730 × 0.0025 + requests 43.80) / (0.0326667 − 0.025) / 1,024 = 62.05 / 0.0076667 / 1,024 = 7.9038
  '<ModelValue of="lattice-break-even-tb" input={{xz: 1}} />': 7.9038,
  // 730 × $0.0225 / (0.0193333 × 1,024) = 16.425 / 19.797333 = 0.82966
  '<ModelValue of="nlb-traffic-dominates-tb" />': 0.82966,
  // Published unit prices (us-east-1, derived from m6i.large)
  '<Price id="vcpuUsdPerHour" />': 0.03335,
  '<Price id="memUsdPerGbHour" />': 0.003662,
  // Zone-local routing break-even at the defaults (xr 3 × 0.5 vCPU / 1 GB, 6 nodes × 25m / 5Mi):
  // saved 136.5333 − 20.48 = 116.0533
  '<ModelValue of="break-even-saved-usd" />': 116.0533,
  // added 3 × 0.5 × 730 × 0.03335 = 36.51825; 3 × 1 × 730 × 0.003662 = 8.01978;
  // 6 × 0.025 × 730 × 0.03335 = 3.651825; 6 × 5/1024 × 730 × 0.003662 = 0.078318 → 48.268173
  '<ModelValue of="break-even-added-usd" />': 48.26817,
  // per TB saved 1,024 × (2/3 − 0.10) × 0.02 = 11.605333 → 48.268173 / 11.605333 = 4.15914
  '<ModelValue of="break-even-tb" />': 4.15914,
  // tar 30: 1,024 × (2/3 − 0.30) × 0.02 = 7.509333 → 48.268173 / 7.509333 = 6.42776
  '<ModelValue of="break-even-tb" input={{tar: 30}} />': 6.42776,
  // xr 30: 30 × 0.5 × 730 × 0.03335 = 365.1825; 30 × 730 × 0.003662 = 80.1978; + 3.651825 + 0.078318 = 449.110443
  // → 449.110443 / 11.605333 = 38.6986
  '<ModelValue of="break-even-tb" input={{xr: 30}} />': 38.6986,
};

// ---------------------------------------------------------------------------
// Reading the MDX

/** Prose lines: outside the frontmatter and fenced code. */
function proseOf(source: string): string[] {
  const out: string[] = [];
  let fence: string | null = null;
  let frontmatter = source.startsWith('---');
  source.split('\n').forEach((line, index) => {
    if (frontmatter) {
      if (index > 0 && line.trim() === '---') frontmatter = false;
      return;
    }
    const m = /^\s*(`{3,}|~{3,})/.exec(line);
    if (fence !== null) {
      if (m?.[1] !== undefined && m[1][0] === fence[0] && m[1].length >= fence.length) fence = null;
      return;
    }
    if (m?.[1] !== undefined) {
      fence = m[1];
      return;
    }
    out.push(line);
  });
  return out;
}

const FIGURE_TAG = /<(Usd|UsdDiff|Price|ModelValue)\b((?:[^>{}]|\{(?:[^{}]|\{[^{}]*\})*\})*)\/>/g;

function figureTags(prose: readonly string[]): string[] {
  return prose.flatMap((line) => [...line.matchAll(FIGURE_TAG)].map((m) => m[0].replace(/\s+/g, ' ')));
}

/** `$1,234.56` literals left in the prose (inline code and figure tags removed first). */
function dollarLiterals(prose: readonly string[]): string[] {
  return prose.flatMap((line) => {
    const text = line.replace(/`[^`]*`/g, '').replace(FIGURE_TAG, '');
    return [...text.matchAll(/\$\d[\d,]*(?:\.\d+)?/g)].map((m) => m[0]);
  });
}

/** The props of a figure tag: `a="x"` strings and `b={…}` JavaScript expressions (our own MDX, so eval is fine). */
function propsOf(tag: string): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  const attr = /(\w+)=(?:"([^"]*)"|\{((?:[^{}]|\{(?:[^{}]|\{[^{}]*\})*\})*)\})/g;
  for (const m of tag.matchAll(attr)) {
    const name = m[1] ?? '';
    props[name] = m[2] !== undefined ? m[2] : (new Function(`return (${m[3] ?? 'undefined'});`)() as unknown);
  }
  return props;
}

function asSpec(value: unknown): UsdFigureSpec {
  return (typeof value === 'string' ? {option: value} : value) as UsdFigureSpec;
}

/** What a figure tag renders, unrounded (null: a threshold that does not exist at those inputs). */
function evaluate(tag: string): number | null {
  const props = propsOf(tag);
  if (tag.startsWith('<ModelValue'))
    return resolveModelValue(props.of as string, props.input as Partial<SimulationInput> | undefined).value;
  if (tag.startsWith('<UsdDiff')) return resolveUsd(asSpec(props.from)).usd - resolveUsd(asSpec(props.to)).usd;
  if (tag.startsWith('<Price')) {
    const id = props.id as (typeof PRICE_IDS)[number];
    return PRICE_BOOKS['us-east-1'].prices[id].usdPerUnit;
  }
  return resolveUsd(props as unknown as UsdFigureSpec).usd;
}

const UNIT_PRICES = new Set<number>(
  Object.values(PRICE_BOOKS).flatMap((book) => PRICE_IDS.map((id) => book.prices[id].usdPerUnit)),
);

function literalValue(literal: string): number {
  return Number(literal.slice(1).replace(/,/g, ''));
}

// ---------------------------------------------------------------------------

describe('the test reads MDX the way it is written (self-check)', () => {
  it('skips fenced code and inline code, and finds tags with object props', () => {
    const prose = proseOf(
      '---\nt: $9\n---\nA `$5` b $0.01 <Usd option="x" input={{tar: 30}} /> c\n```bash\necho $1\n```\n',
    );
    expect(dollarLiterals(prose)).toEqual(['$0.01']);
    expect(figureTags(prose)).toEqual(['<Usd option="x" input={{tar: 30}} />']);
  });

  it('reads string, array and object props', () => {
    expect(propsOf("<Usd option=\"vpc-lattice\" item={['a', 'b']} input={{svc: 1}} />")).toEqual({
      option: 'vpc-lattice',
      item: ['a', 'b'],
      input: {svc: 1},
    });
  });

  it('the allow-listed $0.02 is the per-direction price billed twice', () => {
    // $0.01 × 2 = $0.02
    expect(
      PRICE_BOOKS['us-east-1'].prices.interAzUsdPerGbPerDirection.usdPerUnit * BILLED_DIRECTIONS_PER_AZ_CROSSING,
    ).toBe(0.02);
  });

  it('every expected figure resolves in the model to its hand-computed value', () => {
    for (const [tag, value] of Object.entries(EXPECTED)) {
      expect([tag, evaluate(tag)]).toEqual([tag, value === null ? null : expect.closeTo(value, 3)]);
    }
  });
});

describe.each(Object.entries(GUIDES))('prose figures (%s)', (_locale, text) => {
  const prose = proseOf(text);

  it('leaves only unit prices or allow-listed literals as text', () => {
    const offending = dollarLiterals(prose).filter(
      (l) => !(l in ALLOWED_LITERALS) && !UNIT_PRICES.has(literalValue(l)),
    );
    expect(offending).toEqual([]);
  });

  it('renders the model-derived figures through components, each with a hand-computed value', () => {
    const tags = figureTags(prose);
    expect(tags.length).toBeGreaterThan(10);
    expect(tags.filter((t) => !(t in EXPECTED))).toEqual([]);
  });
});

describe('ko and en state the same figures', () => {
  it('use the same figure tags, in the same order', () => {
    const ko = figureTags(proseOf(GUIDES.ko));
    const en = figureTags(proseOf(GUIDES.en));
    expect(en).toEqual(ko);
  });
});
