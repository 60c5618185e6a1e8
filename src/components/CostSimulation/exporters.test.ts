import {describe, expect, it} from 'vitest';
import type {Savings} from '../../model/cost';
import {DEFAULT_INPUT} from '../../model/inputs';
import {getOption} from '../../model/options';
import {resolvePriceBook} from '../../model/prices';
import type {LineItem, OptionCostResult} from '../../model/types';
import {buildCsv, buildMarkdown, csvField, csvFileName, type CsvText, type MarkdownText} from './exporters';

// Hand-made results at the defaults (10 TB, 3 AZs, us-east-1), so the expected text is checkable by hand:
// clusterip: 10,240 GB × 2/3 × 2 directions = 13,653.33 GB-direction × $0.01 = $136.53
// topology-aware (tar 10 %): 10,240 × 0.1 × 2 = 2,048 GB-direction × $0.01 = $20.48
const crossAz = (quantity: number, label: string): LineItem => ({
  id: 'cross-az',
  label: {ko: label, en: label},
  category: 'data-transfer',
  quantity,
  unit: {ko: 'GB·방향', en: 'GB-direction'},
  usdPerUnit: 0.01,
  usd: quantity * 0.01,
  priceId: 'interAzUsdPerGbPerDirection',
  sourceId: 'aws-blog-nlb-data-transfer',
});
const clusterip: OptionCostResult = {
  optionId: 'clusterip',
  items: [crossAz(13_653.333333333334, 'Pod→Pod: inter-AZ, "random", 66.67%')],
  totalUsd: 136.53333333333333,
};
const tar: OptionCostResult = {
  optionId: 'topology-aware',
  items: [crossAz(2048, 'Pod→Pod: inter-AZ, 10%')],
  totalUsd: 20.48,
};
const savings: Savings[] = [
  {optionId: 'clusterip', totalUsd: 136.53333333333333, savingsUsd: 0, savingsShare: 0},
  // 136.5333 − 20.48 = 116.0533 → +$116.05; 116.0533 / 136.5333 = 0.85 → +85%
  {optionId: 'topology-aware', totalUsd: 20.48, savingsUsd: 116.05333333333333, savingsShare: 0.85},
];

const mdText: MarkdownText = {
  title: 'Monthly cost by option',
  option: 'Option',
  monthlyTotal: 'Monthly total',
  savings: 'Savings vs baseline',
  baseline: 'baseline',
  assumptions: 'Assumptions',
  region: 'Region',
  priceOverrides: 'Unit-price overrides',
  none: 'none',
  bookPrice: 'book price',
  link: 'Link',
};

describe('buildMarkdown', () => {
  it('writes the table, every assumption and the link', () => {
    const input = {...DEFAULT_INPUT, priceOverrides: {interAzUsdPerGbPerDirection: 0.012}};
    const md = buildMarkdown({
      locale: 'en',
      input,
      results: [clusterip, tar],
      savings,
      book: resolvePriceBook('us-east-1', input.priceOverrides),
      url: 'https://east-west.example.com/en/simulator?p.interAzUsdPerGbPerDirection=0.012',
      text: mdText,
    });
    const clusteripName = getOption('clusterip').name.en;
    const tarName = getOption('topology-aware').name.en.replace(/\|/g, '\\|');
    expect(md).toBe(
      [
        '### Monthly cost by option',
        '',
        '| Option | Monthly total | Savings vs baseline |',
        '|---|---:|---:|',
        `| ${clusteripName} (\`clusterip\`) — baseline | $136.53 | — |`,
        `| ${tarName} (\`topology-aware\`) | $20.48 | +$116.05 (+85%) |`,
        '',
        '**Assumptions**',
        '',
        '- Region: US East (N. Virginia) us-east-1',
        '- East-West traffic (`tb`): 10 TB/month',
        '- Availability Zones used (`az`): 3 AZs',
        '- Average request rate (`rps`): 1,000 requests/s',
        '- Requests per connection (`rpc`): 100 requests/connection',
        '- Average connection lifetime (`cd`): 60 s',
        '- ALB listener rules evaluated per request (`rules`): 10 rules',
        '- Services (`svc`): 10 services',
        '- Load balancers carrying the traffic (`lb`): 1 load balancers',
        '- Residual cross-AZ share with locality-aware routing (`tar`): 10%',
        '- NLB Availability Zone DNS affinity (`aff`): 0%',
        '- NLB cross-zone load balancing (`xz`): 0 on=1',
        '- Ambient waypoint proxy (`wp`): 0 yes=1',
        '- Pods with an Istio sidecar (`pods`): 30 Pods',
        '- Replicas added for per-zone capacity (`xr`): 3 replicas',
        '- CPU request per added replica (`rcpu`): 0.5 vCPU',
        '- Memory request per added replica (`rmem`): 1 GB',
        '- Nodes running NodeLocal DNSCache (`nodes`): 6 nodes',
        '- Unit-price overrides:',
        '  - Inter-AZ data transfer (per GB, per direction) (`p.interAzUsdPerGbPerDirection`): $0.012 / GB-direction (book price $0.01 / GB-direction)',
        '',
        'Link: https://east-west.example.com/en/simulator?p.interAzUsdPerGbPerDirection=0.012',
        '',
      ].join('\n'),
    );
  });

  it('says "none" without overrides and escapes pipes in cells', () => {
    const md = buildMarkdown({
      locale: 'ko',
      input: DEFAULT_INPUT,
      results: [tar],
      savings,
      book: resolvePriceBook('us-east-1'),
      url: 'https://x.test/simulator',
      text: {...mdText, baseline: 'a|b'},
    });
    expect(md).toContain('- Unit-price overrides: none');
    expect(md).toContain('| $20.48 | +$116.05 (+85%) |');
    expect(md).not.toContain('a|b');
  });
});

describe('CSV', () => {
  const csvText: CsvText = {
    headers: [
      'Option',
      'Option id',
      'Item',
      'Item id',
      'Quantity',
      'Unit',
      'USD per unit',
      'USD',
      'Price id',
      'Source',
    ],
    total: 'Total',
  };

  it('quotes fields per RFC 4180', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(0.01)).toBe('0.01');
    expect(csvField(Number.NaN)).toBe('');
  });

  it('writes one row per line item and a total row per option, CRLF-terminated', () => {
    const csv = buildCsv('en', [clusterip], csvText);
    const name = getOption('clusterip').name.en;
    const quotedName = /[",]/.test(name) ? `"${name.replace(/"/g, '""')}"` : name;
    expect(csv).toBe(
      'Option,Option id,Item,Item id,Quantity,Unit,USD per unit,USD,Price id,Source\r\n' +
        `${quotedName},clusterip,"Pod→Pod: inter-AZ, ""random"", 66.67%",cross-az,13653.333333333334,GB-direction,0.01,136.53333333333333,interAzUsdPerGbPerDirection,https://aws.amazon.com/blogs/networking-and-content-delivery/optimizing-data-transfer-costs-when-using-aws-network-load-balancer/\r\n` +
        `${quotedName},clusterip,Total,total,,,,136.53333333333333,,\r\n`,
    );
  });

  it('names the file after region and traffic', () => {
    expect(csvFileName({...DEFAULT_INPUT, tb: 20, az: 4, region: 'ap-northeast-2'})).toBe(
      'east-west-costs-ap-northeast-2-20tb-4az.csv',
    );
  });

  it('a bill adds its own last row and names the file after it', () => {
    const csv = buildCsv('en', [clusterip], csvText, 20480);
    expect(csv.endsWith(',,Inter-AZ usage on the bill,bill,20480,GB/month,,,,\r\n')).toBe(true);
    expect(csvFileName({...DEFAULT_INPUT, bill: 20480})).toBe('east-west-costs-us-east-1-bill-20480gb-3az.csv');
  });
});

describe('Markdown with a bill', () => {
  it('lists the measured bill among the assumptions', () => {
    const md = buildMarkdown({
      locale: 'en',
      input: {...DEFAULT_INPUT, tb: 15, bill: 20480},
      results: [clusterip],
      savings: [],
      book: resolvePriceBook('us-east-1'),
      url: 'https://x.test/simulator?bill=20480',
      text: mdText,
    });
    expect(md).toContain('- Inter-AZ usage on the bill (`bill`): 20,480 GB/month');
    expect(md).toContain('https://x.test/simulator?bill=20480');
  });
});
