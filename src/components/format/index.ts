/**
 * Number and money formatting shared by every widget. Components never concatenate '$' + n: they call these.
 * Plain and money figures are written by the model's decimalText, which writes what Intl.NumberFormat writes for
 * both site locales without starting ICU during hydration; the charts' compact axis labels, which differ by
 * locale, use Intl.NumberFormat. Non-finite values render as an em dash so NaN or Infinity can never reach the
 * screen.
 */
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {decimalText, type DecimalTextOptions} from '../../model/decimalText';

export type SiteLocale = 'ko' | 'en';

/** BCP 47 tag used for Intl formatting of each site locale. */
export const INTL_LOCALE: Readonly<Record<SiteLocale, string>> = {ko: 'ko-KR', en: 'en-US'};

/** Text shown instead of a number that is not finite. */
export const NOT_A_NUMBER_TEXT = '—';

export function toSiteLocale(currentLocale: string | undefined): SiteLocale {
  return currentLocale === 'en' ? 'en' : 'ko';
}

/** The site locale of the page being rendered ('ko' is the default locale at `/`). */
export function useLocale(): SiteLocale {
  const {i18n} = useDocusaurusContext();
  return toSiteLocale(i18n.currentLocale);
}

// Intl.NumberFormat construction is comparatively slow, so formatters are cached per (locale, options) key.
const formatterCache = new Map<string, Intl.NumberFormat>();

function formatter(locale: SiteLocale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let cached = formatterCache.get(key);
  if (cached === undefined) {
    cached = new Intl.NumberFormat(INTL_LOCALE[locale], options);
    formatterCache.set(key, cached);
  }
  return cached;
}

/** decimalText, or Intl.NumberFormat where decimalText declines (beyond 10^21). */
function fixedText(value: number, locale: SiteLocale, options: DecimalTextOptions, intl: Intl.NumberFormatOptions) {
  return decimalText(value, options) ?? formatter(locale, intl).format(value);
}

export interface UsdFormatOptions {
  /**
   * 'total' (default): cents, e.g. $1,234.50 — for monthly totals and line items.
   * 'unitPrice': up to 6 decimals, e.g. $0.003662 — for per-unit prices, which are often fractions of a cent.
   * 'compact': short form for chart axes, e.g. $1.2K.
   */
  readonly style?: 'total' | 'unitPrice' | 'compact';
  /** Show a plus sign on positive values (savings, differences). */
  readonly signed?: boolean;
}

const USD_FRACTION_DIGITS = {
  total: {minimumFractionDigits: 2, maximumFractionDigits: 2},
  unitPrice: {minimumFractionDigits: 2, maximumFractionDigits: 6},
} as const;

/** Formats a USD amount for the locale, e.g. formatUsd(273.0667, 'en') → "$273.07". */
export function formatUsd(value: number, locale: SiteLocale, options: UsdFormatOptions = {}): string {
  if (!Number.isFinite(value)) return NOT_A_NUMBER_TEXT;
  const style = options.style ?? 'total';
  const signDisplay = options.signed === true ? 'exceptZero' : 'auto';
  // "$" rather than "US$" in Korean: the whole site is in USD, so the narrow symbol is unambiguous.
  const currency: Intl.NumberFormatOptions = {style: 'currency', currency: 'USD', currencyDisplay: 'narrowSymbol'};
  if (style === 'compact') {
    return formatter(locale, {...currency, signDisplay, notation: 'compact', maximumFractionDigits: 1}).format(value);
  }
  // Avoid "-$0.00" when a tiny negative rounds to zero.
  const rounded = style === 'total' && Math.abs(value) < 0.005 ? 0 : value;
  const digits = USD_FRACTION_DIGITS[style];
  return fixedText(rounded, locale, {...digits, signDisplay, prefix: '$'}, {...currency, ...digits, signDisplay});
}

/** Formats a plain number, e.g. formatNumber(20480, 'en') → "20,480". */
export function formatNumber(value: number, locale: SiteLocale, maximumFractionDigits = 3): string {
  if (!Number.isFinite(value)) return NOT_A_NUMBER_TEXT;
  return fixedText(value, locale, {maximumFractionDigits}, {maximumFractionDigits});
}

/** Formats a ratio as a percentage, e.g. formatPercent(0.1234, 'en') → "12.3%". */
export function formatPercent(
  ratio: number,
  locale: SiteLocale,
  options: {readonly maximumFractionDigits?: number; readonly signed?: boolean} = {},
): string {
  if (!Number.isFinite(ratio)) return NOT_A_NUMBER_TEXT;
  const maximumFractionDigits = options.maximumFractionDigits ?? 1;
  const signDisplay = options.signed === true ? 'exceptZero' : 'auto';
  return fixedText(
    ratio,
    locale,
    {maximumFractionDigits, signDisplay, suffix: '%', shift: 2},
    {style: 'percent', maximumFractionDigits, signDisplay},
  );
}
