/**
 * Generated hostile and random query strings for the simulator (parsing is total, and hostile
 * query strings never break the page or execute anything). Deterministic: the same seed gives the same cases.
 * Each case is the raw text after `?`, exactly as put into the address bar (not re-encoded by us).
 */
import {PRICE_OVERRIDE_PARAM_PREFIX} from '../../../src/model/query';
import {SCENARIO_FILTER_PARAMS} from '../../../src/components/shared/scenarioFilterQuery';
import {NUMERIC_PARAM_KEYS} from '../../../src/model/inputs';
import {PRICE_IDS, REGIONS, SINGLE_CLUSTER_OPTION_IDS, MULTI_CLUSTER_OPTION_IDS} from '../../../src/model/types';
import {seededRng, type Rng} from './prng';

export type FuzzCase = {readonly id: number; readonly label: string; readonly query: string};

export const KNOWN_PARAMS: readonly string[] = [
  ...NUMERIC_PARAM_KEYS,
  'region',
  'base',
  ...PRICE_IDS.map((id) => `${PRICE_OVERRIDE_PARAM_PREFIX}${id}`),
  ...SCENARIO_FILTER_PARAMS,
];

const UNKNOWN_PARAMS: readonly string[] = [
  'foo',
  'TB',
  'Tb',
  'tb ',
  ' tb',
  'tb[]',
  'tb.x',
  'p.',
  'p.nope',
  'p.__proto__',
  'p.constructor',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  '%74%62', // "tb" percent-encoded: decodes to a known name
  'p%2EalbUsdPerHour',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '🚀',
  '\u202etb',
  '%00',
  '%E0%A4%A',
  'utm_source',
  'scope',
  'needs',
  'q',
];

/** Values that have broken parsers and pages before; used verbatim (some are deliberately malformed). */
export const HOSTILE_VALUES: readonly string[] = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "'><svg onload=alert(1)>",
  '</textarea><script>alert(document.domain)</script>',
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  '&#x3C;script&#x3E;alert(1)&#x3C;/script&#x3E;',
  '%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  '%253Cscript%253E',
  '${alert(1)}',
  '{{constructor.constructor("alert(1)")()}}',
  '1e309',
  '-1e309',
  '1e308',
  '1.7976931348623157e308',
  '9'.repeat(400),
  '5e-324',
  '-5e-324',
  'NaN',
  'nan',
  'Infinity',
  '-Infinity',
  '-0',
  '+0',
  '0',
  '0x10',
  '0b11',
  '0o7',
  '1_000',
  '1,000',
  '1.000,5',
  '١٢٣',
  '１２３',
  '12e',
  '.',
  '-',
  '+',
  '.5',
  '5.',
  ' 10 ',
  '10abc',
  '10%20',
  'null',
  'undefined',
  'true',
  '[]',
  '{}',
  '__proto__',
  '🚀💸',
  '👩‍👩‍👧‍👦',
  '\u202e01',
  '\u200f5',
  '\u200b3',
  '%E2%80%AE7',
  '%00',
  '%0A%0D',
  '%',
  '%%',
  '%2',
  '%E0%A4%A',
  '%C0%AF',
  '%FF%FE',
  '%u0041',
  '%F0%9F%98%80',
  '+++',
  'us-east-1',
  'ap-northeast-2',
  'US-EAST-1',
  'eu-west-1',
  'clusterip',
  'vpc-lattice',
  'cilium-clustermesh',
  'toString',
  '../../../../etc/passwd',
  "'; DROP TABLE users; --",
  '',
  '=',
];

/** Real ids, valid in some params and wrong in others. */
const ID_VALUES: readonly string[] = [...REGIONS, ...SINGLE_CLUSTER_OPTION_IDS, ...MULTI_CLUSTER_OPTION_IDS];

function randomNumberText(rng: Rng): string {
  const magnitude = 10 ** rng.int(-6, 12);
  let n = rng.next() * magnitude;
  if (rng.chance(0.15)) n = -n;
  if (rng.chance(0.3)) n = Math.round(n);
  const form = rng.int(0, 3);
  if (form === 0) return String(n);
  if (form === 1) return n.toExponential(rng.int(0, 6));
  if (form === 2) return n.toFixed(rng.int(0, 4));
  return String(rng.int(-10, 110));
}

function randomUnicode(rng: Rng, length: number): string {
  const ranges: readonly [number, number][] = [
    [0x20, 0x7e], // ASCII
    [0xac00, 0xd7a3], // Hangul syllables
    [0x0590, 0x05ff], // Hebrew (RTL)
    [0x0600, 0x06ff], // Arabic (RTL)
    [0xff10, 0xff19], // full-width digits
    [0x200b, 0x200f], // zero-width and directional marks
    [0x1f300, 0x1f6ff], // emoji
  ];
  let out = '';
  for (let i = 0; i < length; i += 1) {
    const [lo, hi] = rng.pick(ranges);
    out += String.fromCodePoint(rng.int(lo, hi));
  }
  return out;
}

/** One value, sometimes percent-encoded by the "sender", sometimes raw, sometimes doubly encoded. */
function randomValue(rng: Rng): string {
  const kind = rng.int(0, 9);
  let value: string;
  if (kind <= 3) value = rng.pick(HOSTILE_VALUES);
  else if (kind <= 6) value = randomNumberText(rng);
  else if (kind === 7) value = randomUnicode(rng, rng.int(1, 12));
  else if (kind === 8) value = rng.pick(ID_VALUES);
  else value = 'x'.repeat(rng.int(1, 3)) + rng.pick(HOSTILE_VALUES);
  const encoding = rng.int(0, 5);
  if (encoding === 0) return encodeURIComponent(value);
  if (encoding === 1) return encodeURIComponent(encodeURIComponent(value));
  if (encoding === 2) return value.replace(/ /g, '+');
  return value; // raw: the browser encodes what it must
}

function randomName(rng: Rng): string {
  const roll = rng.next();
  if (roll < 0.7) return rng.pick(KNOWN_PARAMS);
  if (roll < 0.93) return rng.pick(UNKNOWN_PARAMS);
  if (roll < 0.97) return '';
  return randomUnicode(rng, rng.int(1, 8));
}

/** Cases named in the quality issue, always present, before the generated ones. */
function fixedCases(): {label: string; query: string}[] {
  const long = 'A'.repeat(10_000);
  const cases: {label: string; query: string}[] = [
    {label: 'only ampersands', query: '&&&'},
    {label: 'only equals', query: '='},
    {label: 'empty name and value', query: '=&=&'},
    {label: 'names without values', query: 'tb&az&rps'},
    {label: 'values without names', query: '=10&=3'},
    {label: 'leading question mark twice', query: '?tb=20'},
    {label: 'script tag in tb', query: 'tb=<script>alert(1)</script>'},
    {label: 'img onerror in base', query: 'base="><img src=x onerror=alert(1)>'},
    {label: 'encoded img onerror in region', query: `region=${encodeURIComponent('"><img src=x onerror=alert(1)>')}`},
    {label: 'javascript: in region', query: 'region=javascript:alert(1)'},
    {label: 'overflowing numbers', query: 'tb=1e309&az=-1e309&rps=1e309&svc=-1e309'},
    {label: 'NaN and Infinity', query: 'tb=NaN&az=Infinity&rps=-Infinity&rpc=NaN'},
    {label: 'negative zero', query: 'tb=-0&rps=-0&tar=-0'},
    {label: 'hex, underscore, full-width', query: 'tb=0x10&rps=1_000&az=%EF%BC%93&svc=１２３'},
    {label: 'emoji and RTL marks', query: `tb=${encodeURIComponent('\u202e01')}&az=🚀&base=\u200fclusterip`},
    {label: 'NUL and broken percent-encoding', query: 'tb=%00&az=%E0%A4%A&%E0%A4%A=1&rps=%'},
    {label: '10k-char value', query: `tb=${long}`},
    {label: '10k-char name', query: `${long}=1`},
    {label: '10k-char override', query: `p.albUsdPerHour=${'9'.repeat(10_000)}`},
    {label: 'tb repeated 200 times', query: Array.from({length: 200}, (_, i) => `tb=${i}`).join('&')},
    {label: 'first valid of repeated params wins', query: 'az=NaN&az=4&az=2'},
    {
      label: 'every known param hostile',
      query: KNOWN_PARAMS.map((p) => `${p}=${encodeURIComponent('<script>alert(1)</script>')}`).join('&'),
    },
    {
      label: 'huge unit prices',
      query: PRICE_IDS.map((id) => `p.${id}=1e308`).join('&') + '&tb=100000&rps=10000000&svc=5000',
    },
    {
      label: 'maximum of every range',
      query: 'tb=100000&az=6&rps=10000000&rpc=1&cd=86400&rules=100&svc=5000&lb=100&tar=100&aff=100&xz=1&wp=1',
    },
    {
      label: 'minimum of every range',
      query: 'tb=0.001&az=2&rps=0&rpc=1000000&cd=1&rules=0&svc=1&lb=1&tar=0&aff=0&xz=0&wp=0',
    },
    {label: 'prototype keys', query: '__proto__=1&constructor=1&p.__proto__=1&toString=1&hasOwnProperty=1'},
    {label: 'fragment in value', query: 'tb=5#<img src=x onerror=alert(1)>'},
  ];
  return cases;
}

/** `count` cases: the fixed ones first, then generated ones from the seed. */
export function generateFuzzCases(seed: number, count: number): FuzzCase[] {
  const rng = seededRng(seed);
  const cases = fixedCases();
  while (cases.length < count) {
    const shape = rng.int(0, 19);
    let query: string;
    if (shape === 0) {
      // Many params at once (the codec reads at most 64).
      query = Array.from({length: rng.int(50, 120)}, () => `${randomName(rng)}=${randomValue(rng)}`).join('&');
    } else if (shape === 1) {
      // Separators only.
      query = Array.from({length: rng.int(1, 10)}, () => rng.pick(['&', '=', '?', '&&', '=='])).join('');
    } else {
      const parts: string[] = [];
      for (let i = rng.int(1, 8); i > 0; i -= 1) {
        const name = randomName(rng);
        parts.push(rng.chance(0.08) ? name : `${name}=${randomValue(rng)}`);
        if (rng.chance(0.1)) parts.push(''); // an empty piece: `&&`
      }
      query = parts.join('&');
    }
    cases.push({label: `generated (seed ${seed})`, query});
  }
  return cases.map((c, id) => ({id, ...c}));
}
