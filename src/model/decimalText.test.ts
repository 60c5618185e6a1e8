import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {decimalText, type DecimalTextOptions} from './decimalText';

const LOCALES = ['en-US', 'ko-KR'] as const;

/** What Intl.NumberFormat writes for the same request: the reference decimalText must match. */
function intlText(value: number, locale: string, options: DecimalTextOptions): string {
  const signDisplay = options.signDisplay ?? 'auto';
  const digits = {
    minimumFractionDigits: options.minimumFractionDigits ?? 0,
    maximumFractionDigits: options.maximumFractionDigits,
  };
  if (options.prefix === '$') {
    return new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: 'USD',
      currencyDisplay: 'narrowSymbol',
      signDisplay,
      ...digits,
    }).format(value);
  }
  if (options.suffix === '%')
    return new Intl.NumberFormat(locale, {style: 'percent', signDisplay, ...digits}).format(value);
  return new Intl.NumberFormat(locale, {signDisplay, ...digits}).format(value);
}

/** The formats the site writes with decimalText (src/components/format, the model's labels). */
const SITE_FORMATS: readonly DecimalTextOptions[] = [
  {minimumFractionDigits: 2, maximumFractionDigits: 2, prefix: '$'},
  {minimumFractionDigits: 2, maximumFractionDigits: 2, prefix: '$', signDisplay: 'exceptZero'},
  {minimumFractionDigits: 2, maximumFractionDigits: 6, prefix: '$'},
  {maximumFractionDigits: 0},
  {maximumFractionDigits: 1},
  {maximumFractionDigits: 3},
  {maximumFractionDigits: 1, suffix: '%', shift: 2},
  {maximumFractionDigits: 1, suffix: '%', shift: 2, signDisplay: 'exceptZero'},
  {maximumFractionDigits: 0, suffix: '%', shift: 2},
];

describe('decimalText', () => {
  it('writes worked examples as en-US and ko-KR do', () => {
    // 20,480 GB × 2/3 × $0.02 = $273.0666… → cents
    expect(decimalText(273.0666666, {minimumFractionDigits: 2, maximumFractionDigits: 2, prefix: '$'})).toBe('$273.07');
    expect(decimalText(1234567.891, {maximumFractionDigits: 0})).toBe('1,234,568');
    expect(decimalText(-98.35, {minimumFractionDigits: 2, maximumFractionDigits: 2, prefix: '$'})).toBe('-$98.35');
    expect(decimalText(116.05, {maximumFractionDigits: 2, prefix: '$', signDisplay: 'exceptZero'})).toBe('+$116.05');
    // 0.1234 shown as a percentage with one decimal: 12.34 → 12.3
    expect(decimalText(0.1234, {maximumFractionDigits: 1, suffix: '%', shift: 2})).toBe('12.3%');
    expect(decimalText(0.0004, {maximumFractionDigits: 1, suffix: '%', shift: 2, signDisplay: 'exceptZero'})).toBe(
      '0%',
    );
  });

  it('leaves numbers from 10^21 on to Intl (null)', () => {
    expect(decimalText(1e21, {maximumFractionDigits: 0})).toBeNull();
    expect(decimalText(1e19, {maximumFractionDigits: 0, shift: 2})).toBeNull();
    expect(decimalText(Number.NaN, {maximumFractionDigits: 0})).toBeNull();
  });

  it('matches Intl.NumberFormat for every site format, both locales, any number it accepts', () => {
    const values = fc.oneof(
      fc.double({min: -1e15, max: 1e15, noNaN: true}),
      // Near rounding ties at the shown digit (x.xx5, x.xxxxxx5) and tiny magnitudes.
      fc.integer({min: -10_000_000, max: 10_000_000}).map((n) => n / 1000 + 0.0005),
      fc.integer({min: -10_000_000, max: 10_000_000}).map((n) => n / 1e6 + 5e-7),
      fc.double({min: -1e-3, max: 1e-3, noNaN: true}),
      fc.constantFrom(0, -0, 0.005, -0.005, 0.0045, 1.005, 2.675, 0.125, 0.9995, 999.995, 1e20),
    );
    fc.assert(
      fc.property(values, fc.constantFrom(...SITE_FORMATS), fc.constantFrom(...LOCALES), (value, options, locale) => {
        const text = decimalText(value, options);
        if (text !== null) expect(text).toBe(intlText(value, locale, options));
      }),
      {numRuns: 20_000},
    );
  });
});
