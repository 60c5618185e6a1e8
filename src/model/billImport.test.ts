import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {MAX_IMPORT_CHARS, MAX_IMPORT_COLUMNS, MAX_IMPORT_ROWS, parseBillExport, readQuantity} from './billImport';

function fixture(name: string): string {
  return readFileSync(fileURLToPath(new URL(`./billFixtures/${name}`, import.meta.url)), 'utf8');
}

describe('parseBillExport on each real format', () => {
  it('CUR 2.0 / Data Exports: October = 10,240.25 + 10,239.75 = 20,480 GB; September and other usage types ignored', () => {
    expect(parseBillExport(fixture('cur2-data-export.csv'))).toEqual({
      ok: true,
      format: 'cur2',
      gb: 20480,
      month: '2026-10',
      monthCount: 2,
      // used: b1, b2; ignored: a1, a2 (September), b3 (BoxUsage), b4 (DataTransfer-Out)
      rowsUsed: 2,
      rowsIgnored: 4,
      prefixes: ['USE1'],
      region: 'us-east-1',
    });
  });

  it('legacy CUR with a BOM and CRLF: 5,000 + 5,240 = 10,240 GB in ap-northeast-2', () => {
    const text = fixture('legacy-cur.csv');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(parseBillExport(text)).toEqual({
      ok: true,
      format: 'legacy-cur',
      gb: 10240,
      month: '2026-10',
      monthCount: 1,
      rowsUsed: 2,
      rowsIgnored: 2,
      prefixes: ['APN2'],
      region: 'ap-northeast-2',
    });
  });

  it('Cost Explorer monthly download (wide, thousands separators): the 2026-10-01 row, 20,480 GB; the total row is not counted', () => {
    expect(parseBillExport(fixture('cost-explorer-monthly.csv'))).toEqual({
      ok: true,
      format: 'cost-explorer',
      gb: 20480,
      month: '2026-10',
      monthCount: 2,
      // used: the October cell; ignored: the "Usage type total" row and the September cell
      rowsUsed: 1,
      rowsIgnored: 2,
      prefixes: ['USE1'],
      region: 'us-east-1',
    });
  });

  it('Athena results of the guide query: the latest month, 20,480 GB', () => {
    expect(parseBillExport(fixture('athena-results.csv'))).toMatchObject({
      ok: true,
      format: 'cur2',
      gb: 20480,
      month: '2026-10',
      rowsUsed: 1,
      rowsIgnored: 1,
    });
  });

  it('a long Cost Explorer table, tab-separated as pasted from a spreadsheet', () => {
    const text = 'Usage type\tUsage quantity\nUSE1-DataTransfer-Regional-Bytes\t1,024.5\nUSE1-BoxUsage:m5.large\t744\n';
    expect(parseBillExport(text)).toMatchObject({
      ok: true,
      format: 'cost-explorer',
      gb: 1024.5,
      month: null,
      rowsUsed: 1,
      rowsIgnored: 1,
    });
  });

  it('two regions: the sum of both, no region chosen', () => {
    const text =
      'line_item_usage_type,line_item_usage_amount\nUSE1-DataTransfer-Regional-Bytes,100\nAPN2-DataTransfer-Regional-Bytes,50\n';
    expect(parseBillExport(text)).toMatchObject({ok: true, gb: 150, prefixes: ['APN2', 'USE1'], region: null});
  });

  it('a region without a price book (EUC1) is reported but not chosen', () => {
    const text = 'line_item_usage_type,line_item_usage_amount\nEUC1-DataTransfer-Regional-Bytes,100\n';
    expect(parseBillExport(text)).toMatchObject({ok: true, gb: 100, prefixes: ['EUC1'], region: null});
  });

  it('quoted fields with commas, doubled quotes and line breaks inside quotes, extra columns', () => {
    const text =
      'note,"line_item_usage_type",x,line_item_usage_amount\r\n"a, ""b""\nc",USE1-DataTransfer-Regional-Bytes,"1,2","2,048"\r\n';
    expect(parseBillExport(text)).toMatchObject({ok: true, gb: 2048, rowsUsed: 1, rowsIgnored: 0});
  });
});

describe('parseBillExport refuses what it cannot read', () => {
  it.each([
    ['', 'empty'],
    ['   \n\r\n', 'empty'],
    ['name,age\nann,3\n', 'unknown-columns'],
    ['"Service","EC2-Instances($)"\n"2026-10-01","12"\n', 'unknown-columns'],
    ['"Usage type","USE1-DataTransfer-Regional-Bytes($)"\n"2026-10-01","204.80"\n', 'cost-only'],
    ['line_item_usage_type,line_item_usage_amount\nUSE1-BoxUsage,1\n', 'no-matching-rows'],
    ['line_item_usage_type,line_item_usage_amount\nUSE1-DataTransfer-Regional-Bytes,-5\n', 'no-matching-rows'],
    ['line_item_usage_type,line_item_usage_amount\nUSE1-DataTransfer-Regional-Bytes,lots\n', 'no-matching-rows'],
  ])('%j → %s', (text, error) => {
    expect(parseBillExport(text)).toEqual({ok: false, error});
  });

  it(`more than ${MAX_IMPORT_CHARS} characters is refused before parsing`, () => {
    const started = performance.now();
    expect(parseBillExport('x'.repeat(MAX_IMPORT_CHARS + 1))).toEqual({ok: false, error: 'too-large'});
    expect(performance.now() - started).toBeLessThan(100);
  });

  it(`more than ${MAX_IMPORT_ROWS} rows is refused`, {timeout: 30_000}, () => {
    const text = `line_item_usage_type,line_item_usage_amount\n${'USE1-DataTransfer-Regional-Bytes,1\n'.repeat(MAX_IMPORT_ROWS + 1)}`;
    expect(parseBillExport(text)).toEqual({ok: false, error: 'too-many-rows'});
  });

  it('10 MB of garbage without line breaks is refused at the column cap, quickly', {timeout: 30_000}, () => {
    const garbage = 'a,"b"c\u0000,'.repeat(Math.floor(MAX_IMPORT_CHARS / 10));
    const started = performance.now();
    expect(parseBillExport(garbage)).toEqual({ok: false, error: 'too-many-columns'});
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it(`a header with ${MAX_IMPORT_COLUMNS} columns still reads; one more is refused`, () => {
    const header = (n: number) =>
      `line_item_usage_type,line_item_usage_amount${',x'.repeat(n - 2)}\nUSE1-DataTransfer-Regional-Bytes,5\n`;
    expect(parseBillExport(header(MAX_IMPORT_COLUMNS))).toMatchObject({ok: true, gb: 5});
    expect(parseBillExport(header(MAX_IMPORT_COLUMNS + 1))).toEqual({ok: false, error: 'too-many-columns'});
  });
});

describe('readQuantity', () => {
  it.each([
    ['20480', 20480],
    ['20,480', 20480],
    ['1,024.5', 1024.5],
    [' 7 ', 7],
    ['1e3', 1000],
    ['.5', 0.5],
    ['-1', null],
    ['1,2', null],
    ['12,34,567', null],
    ['Infinity', null],
    ['NaN', null],
    ['', null],
    ['1e400', null],
  ])('%j → %j', (text, value) => {
    expect(readQuantity(text)).toBe(value);
  });
});

describe('parseBillExport properties', () => {
  const amount = fc.double({min: 0, max: 1e9, noNaN: true, noDefaultInfinity: true});
  it('any string: never throws, and a success is finite and ≥ 0', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({unit: 'binary'}),
          fc
            .array(
              fc.constantFrom(
                'line_item_usage_type',
                'line_item_usage_amount',
                'USE1-DataTransfer-Regional-Bytes',
                ',',
                '"',
                '\n',
                '\r',
                '1',
                '-',
                '2026-10-01',
                'e9',
                '\ufeff',
              ),
            )
            .map((a) => a.join('')),
        ),
        (text) => {
          const r = parseBillExport(text);
          if (r.ok) {
            expect(Number.isFinite(r.gb)).toBe(true);
            expect(r.gb).toBeGreaterThanOrEqual(0);
            expect(r.rowsUsed).toBeGreaterThan(0);
          }
        },
      ),
      {numRuns: 500},
    );
  });

  it('the sum of generated CUR rows in the latest month equals the parsed figure', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({min: 1, max: 12}), amount, fc.boolean()), {minLength: 1, maxLength: 40}),
        (rows) => {
          const lines = rows.map(
            ([m, a, inter]) =>
              `2026-${String(m).padStart(2, '0')}-01T00:00:00Z,${inter ? 'USE1-DataTransfer-Regional-Bytes' : 'USE1-BoxUsage'},${a}`,
          );
          const text = `bill_billing_period_start_date,line_item_usage_type,line_item_usage_amount\n${lines.join('\n')}\n`;
          const inter = rows.filter(([, , i]) => i);
          const r = parseBillExport(text);
          if (inter.length === 0) {
            expect(r).toEqual({ok: false, error: 'no-matching-rows'});
            return;
          }
          const latest = Math.max(...inter.map(([m]) => m));
          const expected = inter.filter(([m]) => m === latest).reduce((s, [, a]) => s + a, 0);
          expect(r.ok && r.gb).toBeCloseTo(expected, 6);
          expect(r.ok && r.rowsUsed + r.rowsIgnored).toBe(rows.length);
        },
      ),
    );
  });
});
