/**
 * Number and money formatting shared by every widget. Components never concatenate '$' + n: they call these,
 * which go through Intl.NumberFormat for the page's locale. Non-finite values render as an em dash so NaN or
 * Infinity can never reach the screen.
 */
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';

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

// Intl.NumberFormat construction is comparatively slow; the simulator formats hundreds of cells per input
// event, so formatters are cached per (locale, options) key.
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

/** Formats a USD amount for the locale, e.g. formatUsd(273.0667, 'en') → "$273.07". */
export function formatUsd(value: number, locale: SiteLocale, options: UsdFormatOptions = {}): string {
  if (!Number.isFinite(value)) return NOT_A_NUMBER_TEXT;
  const style = options.style ?? 'total';
  const base: Intl.NumberFormatOptions = {
    style: 'currency',
    currency: 'USD',
    // "$" rather than "US$" in Korean: the whole site is in USD, so the narrow symbol is unambiguous.
    currencyDisplay: 'narrowSymbol',
    signDisplay: options.signed === true ? 'exceptZero' : 'auto',
  };
  const byStyle: Record<NonNullable<UsdFormatOptions['style']>, Intl.NumberFormatOptions> = {
    total: {minimumFractionDigits: 2, maximumFractionDigits: 2},
    unitPrice: {minimumFractionDigits: 2, maximumFractionDigits: 6},
    compact: {notation: 'compact', maximumFractionDigits: 1},
  };
  // Avoid "-$0.00" when a tiny negative rounds to zero.
  const rounded = style === 'total' && Math.abs(value) < 0.005 ? 0 : value;
  return formatter(locale, {...base, ...byStyle[style]}).format(rounded);
}

/** Formats a plain number, e.g. formatNumber(20480, 'en') → "20,480". */
export function formatNumber(value: number, locale: SiteLocale, maximumFractionDigits = 3): string {
  if (!Number.isFinite(value)) return NOT_A_NUMBER_TEXT;
  return formatter(locale, {maximumFractionDigits}).format(value);
}

/** Formats a ratio as a percentage, e.g. formatPercent(0.1234, 'en') → "12.3%". */
export function formatPercent(
  ratio: number,
  locale: SiteLocale,
  options: {readonly maximumFractionDigits?: number; readonly signed?: boolean} = {},
): string {
  if (!Number.isFinite(ratio)) return NOT_A_NUMBER_TEXT;
  return formatter(locale, {
    style: 'percent',
    maximumFractionDigits: options.maximumFractionDigits ?? 1,
    signDisplay: options.signed === true ? 'exceptZero' : 'auto',
  }).format(ratio);
}
