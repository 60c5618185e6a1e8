/**
 * Grouped fixed-point text ("1,234.5", "-$0.50", "+12.3%") written the way Intl.NumberFormat writes it for en-US
 * and ko-KR, which agree on every format the site shows before its charts load (comma groups of three, a dot,
 * the sign before the symbol).
 *
 * Why not Intl.NumberFormat itself: the first formatter a page constructs starts ICU, a single call of about
 * 25 ms (100 ms on a phone-speed CPU) inside hydration, which cannot be split and shows as blocking time on every
 * page with a number on it. Like V8's Intl, it rounds the shortest decimal that reads back as the double (what
 * `String(value)` writes: 1.005, not 1.00499999…), half away from zero. A property test holds it equal to
 * Intl.NumberFormat in both locales; from 10^21 on it returns null and the caller uses Intl.
 */

export interface DecimalTextOptions {
  readonly minimumFractionDigits?: number;
  readonly maximumFractionDigits: number;
  /** 'auto': a minus on negatives (also when they round to zero); 'exceptZero': + or −, none on a shown zero. */
  readonly signDisplay?: 'auto' | 'exceptZero';
  /** Written after the sign, before the digits ("$"). */
  readonly prefix?: string;
  /** Written after the digits ("%"). */
  readonly suffix?: string;
  /** Shows value × 10^shift (2 for a percentage), shifted in the text so no binary rounding is added. */
  readonly shift?: number;
}

/** Beyond this, a caller's own Intl.NumberFormat writes the number (never reached by the model's figures). */
const MAX_MAGNITUDE = 1e21;

/** Adds one to a string of decimal digits: "0999" → "1000"; all nines grow by a digit ("99" → "100"). */
function incremented(digits: string): string {
  let i = digits.length - 1;
  while (i >= 0 && digits[i] === '9') i -= 1;
  if (i < 0) return `1${'0'.repeat(digits.length)}`;
  return `${digits.slice(0, i)}${Number(digits[i]) + 1}${'0'.repeat(digits.length - i - 1)}`;
}

/**
 * The shortest decimal of a non-negative double, rounded half up at `fractionDigits` after the point:
 * [integer digits, exactly `fractionDigits` fraction digits].
 */
function roundShortest(magnitude: number, fractionDigits: number): [string, string] {
  const [mantissa = '0', exponent = '0'] = String(magnitude).split('e');
  const [whole = '0', fraction = ''] = mantissa.split('.');
  // magnitude = 0.<digits> × 10^point
  let digits = whole + fraction;
  let point = whole.length + Number(exponent);
  const leadingZeros = /^0*/.exec(digits)?.[0].length ?? 0;
  digits = digits.slice(leadingZeros);
  point -= leadingZeros;
  const keep = point + fractionDigits;
  if (digits === '' || keep < 0) return ['0', '0'.repeat(fractionDigits)];
  const roundUp = (digits[keep] ?? '0') >= '5';
  digits = digits.slice(0, keep).padEnd(keep, '0');
  if (roundUp) {
    const next = incremented(digits);
    if (next.length > digits.length) point += 1;
    digits = next;
  }
  const integerDigits = point > 0 ? digits.slice(0, point) : '0';
  const fractionText = point >= 0 ? digits.slice(point) : '0'.repeat(-point) + digits;
  return [integerDigits, fractionText.padEnd(fractionDigits, '0').slice(0, fractionDigits)];
}

export function decimalText(value: number, options: DecimalTextOptions): string | null {
  const shift = options.shift ?? 0;
  const maxDigits = options.maximumFractionDigits;
  const minDigits = Math.min(options.minimumFractionDigits ?? 0, maxDigits);
  const magnitude = Math.abs(value);
  if (!Number.isFinite(value) || magnitude * 10 ** shift >= MAX_MAGNITUDE) return null;

  const [whole, fraction] = roundShortest(magnitude, maxDigits + shift);
  // Shifting the point in the text is exact: "0.1234" at shift 2 is "12.34".
  const integerDigits = (whole + fraction.slice(0, shift)).replace(/^0+(?=\d)/, '');
  const allFraction = fraction.slice(shift);
  const fractionDigits = allFraction.slice(0, Math.max(minDigits, allFraction.replace(/0+$/, '').length));

  const grouped = integerDigits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const digits = fractionDigits === '' ? grouped : `${grouped}.${fractionDigits}`;
  const shownZero = /^0*$/.test(integerDigits + fractionDigits);
  const negative = value < 0 || Object.is(value, -0);
  let sign = '';
  if (options.signDisplay === 'exceptZero') sign = shownZero ? '' : negative ? '-' : '+';
  else if (negative) sign = '-';
  return `${sign}${options.prefix ?? ''}${digits}${options.suffix ?? ''}`;
}
