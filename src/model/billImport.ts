import type {Region} from './types';

/**
 * Reads a bill export pasted or loaded by the reader and returns the month's inter-AZ usage in GB-direction:
 * the summed usage quantity of usage types ending in `DataTransfer-Regional-Bytes`. Pure and total: it never
 * throws, and its work is bounded (MAX_IMPORT_CHARS, MAX_IMPORT_ROWS) so a huge file cannot freeze the tab.
 *
 * Formats (column names as AWS documents them):
 * - AWS Data Exports / CUR 2.0, or Athena results over it: `line_item_usage_type`, `line_item_usage_amount`,
 *   `bill_billing_period_start_date` / `line_item_usage_start_date`
 *   (docs.aws.amazon.com/cur/latest/userguide/table-dictionary-cur2-line-item.html).
 * - Legacy CUR: `lineItem/UsageType`, `lineItem/UsageAmount`, `lineItem/UsageStartDate`
 *   (docs.aws.amazon.com/cur/latest/userguide/Lineitem-columns.html).
 * - Cost Explorer "Download CSV", grouped by usage type with the usage-quantity metric: one column per usage
 *   type (`USE1-DataTransfer-Regional-Bytes(GB)`), one row per period; or a long table with
 *   `Usage type` / `Usage quantity` columns.
 */

/** Larger pastes are refused before any parsing (a month of Athena results grouped by usage type is tiny). */
export const MAX_IMPORT_CHARS = 10 * 1024 * 1024;
/** Rows read at most; a file with more is refused rather than half-read. */
export const MAX_IMPORT_ROWS = 200_000;
/** Fields in one row at most (legacy CUR has a few hundred columns); more is not a bill export. */
export const MAX_IMPORT_COLUMNS = 5_000;

export type BillImportFormat = 'cur2' | 'legacy-cur' | 'cost-explorer';

export type BillImportError =
  | 'empty'
  | 'too-large'
  | 'too-many-rows'
  /** A row with more than MAX_IMPORT_COLUMNS fields. */
  | 'too-many-columns'
  /** No column this parser knows (not a bill export). */
  | 'unknown-columns'
  /** A Cost Explorer export of costs ($), not usage quantities. */
  | 'cost-only'
  /** The right columns, but no `*DataTransfer-Regional-Bytes` row with a readable quantity. */
  | 'no-matching-rows';

export type BillImportResult =
  | {
      readonly ok: true;
      readonly format: BillImportFormat;
      /** GB-direction in the chosen month: finite and ≥ 0. */
      readonly gb: number;
      /** 'YYYY-MM' of the month used, or null when the export has no dates (everything is summed). */
      readonly month: string | null;
      /** How many months the export covers (the latest is used). */
      readonly monthCount: number;
      readonly rowsUsed: number;
      readonly rowsIgnored: number;
      /** Usage-type prefixes seen in the rows used (e.g. ['USE1']). */
      readonly prefixes: readonly string[];
      /** Set when every row used has the same prefix and it names a region the model has prices for. */
      readonly region: Region | null;
    }
  | {readonly ok: false; readonly error: BillImportError};

/** Usage-type prefixes of the regions with a price book (AWS's region codes in usage types). */
export const USAGE_TYPE_PREFIX_REGION: Readonly<Record<string, Region>> = {USE1: 'us-east-1', APN2: 'ap-northeast-2'};

const SUFFIX = 'DataTransfer-Regional-Bytes';
/** `USE1-DataTransfer-Regional-Bytes`, optionally followed by Cost Explorer's unit: `(GB)`. */
const USAGE_TYPE = /^(?:([^\s,]*?)-)?DataTransfer-Regional-Bytes(?:\s*\(([^)]*)\))?$/;

/** The region code of a usage type: what precedes its first '-' (`USE1`), '' without one. */
function prefixOf(match: RegExpExecArray): string {
  return (match[1] ?? '').split('-')[0]?.toUpperCase() ?? '';
}
const MONTH = /^(\d{4})-(\d{2})/;
const PLAIN_NUMBER = /^[+]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const GROUPED_NUMBER = /^[+]?\d{1,3}(?:,\d{3})+(?:\.\d*)?$/;

/** A usage quantity: plain or with thousands separators; anything else (negative, text, Infinity) is null. */
export function readQuantity(text: string): number | null {
  const t = text.trim().replace(/^"|"$/g, '');
  let n: number;
  if (PLAIN_NUMBER.test(t)) n = Number(t);
  else if (GROUPED_NUMBER.test(t)) n = Number(t.replace(/,/g, ''));
  else return null;
  return Number.isFinite(n) && n >= 0 ? n : null;
}

type Rows = {ok: true; rows: string[][]} | {ok: false; error: 'too-many-rows' | 'too-many-columns'};

/**
 * RFC 4180 rows: quoted fields, doubled quotes, delimiters and line breaks inside quotes, CRLF or LF.
 * Scans with indexOf/regex jumps rather than per character, so 10 MB reads in well under a second.
 */
function splitRows(text: string, delimiter: string): Rows {
  const rows: string[][] = [];
  const special = delimiter === '\t' ? /[\t\r\n"]/g : /[,\r\n"]/g;
  let row: string[] = [];
  let i = 0;
  const n = text.length;
  while (i <= n) {
    // One field starting at i.
    let field: string;
    let lead = i;
    while (lead < n && (text[lead] === ' ' || text[lead] === '\t') && text[lead] !== delimiter) lead += 1;
    if (lead < n && text[lead] === '"') {
      let j = lead + 1;
      const parts: string[] = [];
      for (;;) {
        const q = text.indexOf('"', j);
        if (q === -1) {
          parts.push(text.slice(j));
          j = n;
          break;
        }
        parts.push(text.slice(j, q));
        if (text[q + 1] === '"') {
          parts.push('"');
          j = q + 2;
          continue;
        }
        j = q + 1;
        break;
      }
      field = parts.join('');
      // Anything between the closing quote and the next delimiter is kept (lenient, like spreadsheets).
      special.lastIndex = j;
      let m = special.exec(text);
      while (m !== null && m[0] === '"') m = special.exec(text);
      const stop = m === null ? n : m.index;
      field += text.slice(j, stop);
      i = stop;
    } else {
      special.lastIndex = i;
      let m = special.exec(text);
      while (m !== null && m[0] === '"') m = special.exec(text);
      const stop = m === null ? n : m.index;
      field = text.slice(i, stop);
      i = stop;
    }
    row.push(field);
    if (row.length > MAX_IMPORT_COLUMNS) return {ok: false, error: 'too-many-columns'};
    const c = i < n ? text[i] : '\n';
    if (c === delimiter) {
      i += 1;
      continue;
    }
    // End of row (line break or end of text).
    if (c === '\r' && text[i + 1] === '\n') i += 1;
    i += 1;
    if (row.length > 1 || row[0]?.trim() !== '') {
      rows.push(row);
      if (rows.length > MAX_IMPORT_ROWS) return {ok: false, error: 'too-many-rows'};
    }
    row = [];
  }
  return {ok: true, rows};
}

function normalizeHeader(cell: string): string {
  return cell.trim().toLowerCase().replace(/\s+/g, ' ');
}

function monthOf(text: string | undefined): string | null {
  const m = MONTH.exec((text ?? '').trim());
  if (m === null) return null;
  const month = Number(m[2]);
  return month >= 1 && month <= 12 ? `${m[1]}-${m[2]}` : null;
}

interface Usage {
  readonly month: string | null;
  readonly prefix: string;
  readonly gb: number;
}

/** Rows of usage found in a table, plus rows that were read but are not inter-AZ usage. */
interface Extracted {
  readonly usages: Usage[];
  ignored: number;
}

function indexOf(header: readonly string[], names: readonly string[]): number {
  return header.findIndex((h) => names.includes(h));
}

/** Long tables: one row per line item (CUR 2.0, legacy CUR, Athena results, a long Cost Explorer table). */
function extractLong(
  rows: readonly string[][],
  typeCol: number,
  amountCol: number,
  dateCols: readonly number[],
): Extracted {
  const out: Extracted = {usages: [], ignored: 0};
  for (let r = 1; r < rows.length; r += 1) {
    const row = rows[r] ?? [];
    const match = USAGE_TYPE.exec((row[typeCol] ?? '').trim());
    const gb = readQuantity(row[amountCol] ?? '');
    if (match === null || gb === null) {
      out.ignored += 1;
      continue;
    }
    let month: string | null = null;
    for (const col of dateCols) {
      month = monthOf(row[col]);
      if (month !== null) break;
    }
    out.usages.push({month, prefix: prefixOf(match), gb});
  }
  return out;
}

/** Cost Explorer's wide download: a usage-type column per header cell, a period per row. */
function extractWide(rows: readonly string[][], columns: readonly {col: number; prefix: string}[]): Extracted {
  const out: Extracted = {usages: [], ignored: 0};
  for (let r = 1; r < rows.length; r += 1) {
    const row = rows[r] ?? [];
    // Rows are periods ("2026-10-01"); the "Usage type total" / "Total" row would count everything twice.
    const month = monthOf(row[0]);
    if (month === null) {
      out.ignored += 1;
      continue;
    }
    let used = false;
    for (const {col, prefix} of columns) {
      const gb = readQuantity(row[col] ?? '');
      if (gb === null) continue;
      out.usages.push({month, prefix, gb});
      used = true;
    }
    if (!used) out.ignored += 1;
  }
  return out;
}

type Plan = {format: BillImportFormat; extracted: Extracted} | {error: BillImportError};

function plan(rows: readonly string[][]): Plan {
  const header = (rows[0] ?? []).map(normalizeHeader);
  const cur2Type = indexOf(header, ['line_item_usage_type']);
  const cur2Amount = indexOf(header, ['line_item_usage_amount']);
  if (cur2Type !== -1 && cur2Amount !== -1) {
    const dates = [
      indexOf(header, ['bill_billing_period_start_date']),
      indexOf(header, ['line_item_usage_start_date']),
    ].filter((c) => c !== -1);
    return {format: 'cur2', extracted: extractLong(rows, cur2Type, cur2Amount, dates)};
  }
  const legacyType = indexOf(header, ['lineitem/usagetype']);
  const legacyAmount = indexOf(header, ['lineitem/usageamount']);
  if (legacyType !== -1 && legacyAmount !== -1) {
    const dates = [
      indexOf(header, ['bill/billingperiodstartdate']),
      indexOf(header, ['lineitem/usagestartdate']),
    ].filter((c) => c !== -1);
    return {format: 'legacy-cur', extracted: extractLong(rows, legacyType, legacyAmount, dates)};
  }
  const ceType = indexOf(header, ['usage type', 'usagetype', 'usage_type']);
  const ceAmount = indexOf(header, [
    'usage quantity',
    'usagequantity',
    'usage_quantity',
    'usage amount',
    'usageamount',
  ]);
  if (ceType !== -1 && ceAmount !== -1) {
    const dates = [indexOf(header, ['date', 'month', 'start date', 'time period', 'period'])].filter((c) => c !== -1);
    return {format: 'cost-explorer', extracted: extractLong(rows, ceType, ceAmount, dates)};
  }
  const raw = rows[0] ?? [];
  const wide: {col: number; prefix: string}[] = [];
  let costColumns = 0;
  for (let col = 1; col < raw.length; col += 1) {
    const match = USAGE_TYPE.exec((raw[col] ?? '').trim());
    if (match === null) continue;
    // "(GB)" is usage; "($)" is the cost of the same usage type, which the bill already prices.
    if ((match[2] ?? '').includes('$')) costColumns += 1;
    else wide.push({col, prefix: prefixOf(match)});
  }
  if (wide.length > 0) return {format: 'cost-explorer', extracted: extractWide(rows, wide)};
  if (costColumns > 0) return {error: 'cost-only'};
  return {error: 'unknown-columns'};
}

/** Parse a pasted or loaded export. Never throws; every failure is one of BillImportError. */
export function parseBillExport(input: string): BillImportResult {
  if (typeof input !== 'string') return {ok: false, error: 'empty'};
  if (input.length > MAX_IMPORT_CHARS) return {ok: false, error: 'too-large'};
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (text.trim() === '') return {ok: false, error: 'empty'};
  // A paste from a spreadsheet or the Athena console grid is tab-separated.
  const firstLine = text.slice(0, Math.max(0, text.search(/\r|\n/)) || text.length);
  const delimiter = firstLine.includes('\t') && !firstLine.includes(',') ? '\t' : ',';
  const split = splitRows(text, delimiter);
  if (!split.ok) return {ok: false, error: split.error};
  const planned = plan(split.rows);
  if ('error' in planned) return {ok: false, error: planned.error};
  const {format, extracted} = planned;
  if (extracted.usages.length === 0) return {ok: false, error: 'no-matching-rows'};

  const months = new Set<string>();
  for (const u of extracted.usages) if (u.month !== null) months.add(u.month);
  const latest = months.size === 0 ? null : ([...months].sort().at(-1) ?? null);
  let gb = 0;
  let rowsUsed = 0;
  let rowsIgnored = extracted.ignored;
  const prefixes = new Set<string>();
  for (const u of extracted.usages) {
    // Rows without a date in a dated export cannot be placed in a month: they are ignored, not guessed.
    if (latest !== null && u.month !== latest) {
      rowsIgnored += 1;
      continue;
    }
    gb += u.gb;
    rowsUsed += 1;
    prefixes.add(u.prefix);
  }
  if (!Number.isFinite(gb)) return {ok: false, error: 'no-matching-rows'};
  const only = prefixes.size === 1 ? [...prefixes][0] : undefined;
  const region = only === undefined ? null : (USAGE_TYPE_PREFIX_REGION[only] ?? null);
  return {
    ok: true,
    format,
    gb,
    month: latest,
    monthCount: months.size,
    rowsUsed,
    rowsIgnored,
    prefixes: [...prefixes].sort(),
    region,
  };
}

export {SUFFIX as INTER_AZ_USAGE_TYPE_SUFFIX};
