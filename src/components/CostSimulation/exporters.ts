/**
 * Builders for "copy as Markdown" and "download CSV". Pure functions of the model's results, so the exact
 * text is unit-tested; the component only supplies translated headings and the share link.
 */
import {BILL_PARAM} from '../../model/bill';
import type {Savings} from '../../model/cost';
import {NUMERIC_PARAM_KEYS, NUMERIC_PARAMS, REGION_LABELS, type SimulationInput} from '../../model/inputs';
import {getOption} from '../../model/options';
import {PRICE_LABELS} from '../../model/prices';
import {getSource} from '../../model/sources';
import {PRICE_IDS, type OptionCostResult, type PriceBook} from '../../model/types';
import {formatNumber, formatPercent, formatUsd, type SiteLocale} from '../format';

/** Translated words the Markdown report needs (from <Translate> ids in the component). */
export interface MarkdownText {
  readonly title: string;
  readonly option: string;
  readonly monthlyTotal: string;
  readonly savings: string;
  readonly baseline: string;
  readonly assumptions: string;
  readonly region: string;
  readonly priceOverrides: string;
  readonly none: string;
  /** "book price" — shown beside an overridden unit price. */
  readonly bookPrice: string;
  readonly link: string;
}

export interface MarkdownReport {
  readonly locale: SiteLocale;
  readonly input: SimulationInput;
  readonly results: readonly OptionCostResult[];
  readonly savings: readonly Savings[];
  readonly book: PriceBook;
  readonly url: string;
  readonly text: MarkdownText;
}

/** A Markdown table cell: pipes would end the cell and newlines the row. */
function mdCell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** Unit prices: a dollar amount, except the Lattice free tier, which is a request count. */
export function formatUnitPrice(
  book: PriceBook,
  id: (typeof PRICE_IDS)[number],
  value: number,
  locale: SiteLocale,
): string {
  const entry = book.prices[id];
  if (id === 'latticeFreeRequestsPerServiceHour') return `${formatNumber(value, locale)} ${entry.unit[locale]}`;
  return `${formatUsd(value, locale, {style: 'unitPrice'})} / ${entry.unit[locale]}`;
}

function savingsText(s: Savings | undefined, locale: SiteLocale): string {
  if (s === undefined) return '—';
  const usd = formatUsd(s.savingsUsd, locale, {signed: true});
  return s.savingsShare === null ? usd : `${usd} (${formatPercent(s.savingsShare, locale, {signed: true})})`;
}

export function buildMarkdown(report: MarkdownReport): string {
  const {locale, input, results, savings, book, url, text} = report;
  const lines: string[] = [];
  lines.push(`### ${text.title}`, '');
  lines.push(`| ${text.option} | ${text.monthlyTotal} | ${text.savings} |`, '|---|---:|---:|');
  for (const r of results) {
    const isBase = r.optionId === input.base;
    const name = `${getOption(r.optionId).name[locale]} (\`${r.optionId}\`)${isBase ? ` — ${text.baseline}` : ''}`;
    const s = savings.find((x) => x.optionId === r.optionId);
    const saving = isBase ? '—' : savingsText(s, locale);
    lines.push(`| ${mdCell(name)} | ${formatUsd(r.totalUsd, locale)} | ${mdCell(saving)} |`);
  }
  lines.push('', `**${text.assumptions}**`, '');
  lines.push(`- ${text.region}: ${REGION_LABELS[input.region][locale]}`);
  if (input.bill !== undefined) {
    // The measurement the traffic below was derived from: a design review sees where tb came from.
    lines.push(
      `- ${BILL_PARAM.label[locale]} (\`bill\`): ${formatNumber(input.bill, locale, 0)} ${BILL_PARAM.unit[locale]}`,
    );
  }
  for (const key of NUMERIC_PARAM_KEYS) {
    const spec = NUMERIC_PARAMS[key];
    lines.push(
      `- ${spec.label[locale]} (\`${key}\`): ${formatNumber(input[key], locale, 6)}${spec.unit[locale] === '%' ? '' : ' '}${spec.unit[locale]}`,
    );
  }
  const overridden = PRICE_IDS.filter((id) => book.prices[id].overriddenBookUsdPerUnit !== undefined);
  if (overridden.length === 0) {
    lines.push(`- ${text.priceOverrides}: ${text.none}`);
  } else {
    lines.push(`- ${text.priceOverrides}:`);
    for (const id of overridden) {
      const entry = book.prices[id];
      const bookValue = entry.overriddenBookUsdPerUnit ?? entry.usdPerUnit;
      lines.push(
        `  - ${PRICE_LABELS[id][locale]} (\`p.${id}\`): ${formatUnitPrice(book, id, entry.usdPerUnit, locale)} ` +
          `(${text.bookPrice} ${formatUnitPrice(book, id, bookValue, locale)})`,
      );
    }
  }
  lines.push('', `${text.link}: ${url}`, '');
  return lines.join('\n');
}

export interface CsvText {
  readonly headers: readonly [
    option: string,
    optionId: string,
    item: string,
    itemId: string,
    quantity: string,
    unit: string,
    usdPerUnit: string,
    usd: string,
    priceId: string,
    source: string,
  ];
  /** Label of the per-option total row. */
  readonly total: string;
}

/** One CSV field per RFC 4180: quoted when it holds a comma, a quote or a line break; quotes doubled. */
export function csvField(value: string | number): string {
  const text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * One row per line item (raw, unrounded numbers so a spreadsheet can recompute them), then a total row per
 * option. CRLF line endings as RFC 4180 specifies.
 */
export function buildCsv(
  locale: SiteLocale,
  results: readonly OptionCostResult[],
  text: CsvText,
  bill?: number,
): string {
  const rows: (string | number)[][] = [[...text.headers]];
  for (const r of results) {
    const name = getOption(r.optionId).name[locale];
    for (const item of r.items) {
      const source = getSource(item.sourceId);
      rows.push([
        name,
        r.optionId,
        item.label[locale],
        item.id,
        item.quantity,
        item.unit[locale],
        item.usdPerUnit,
        item.usd,
        item.priceId,
        source?.url ?? source?.title[locale] ?? item.sourceId,
      ]);
    }
    rows.push([name, r.optionId, text.total, 'total', '', '', '', r.totalUsd, '', '']);
  }
  // The measured bill the traffic was derived from, as a last row a spreadsheet can ignore or read.
  if (bill !== undefined)
    rows.push(['', '', BILL_PARAM.label[locale], BILL_PARAM.key, bill, BILL_PARAM.unit[locale], '', '', '', '']);
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** e.g. east-west-costs-us-east-1-10tb-3az.csv, or …-bill-20480gb-3az.csv when derived from a bill */
export function csvFileName(input: SimulationInput): string {
  if (input.bill !== undefined)
    return `east-west-costs-${input.region}-bill-${Math.round(input.bill)}gb-${input.az}az.csv`;
  const tb = String(input.tb).replace(/[^0-9.]/g, '');
  return `east-west-costs-${input.region}-${tb}tb-${input.az}az.csv`;
}
