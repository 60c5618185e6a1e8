import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {Parser} from 'node-sql-parser';
import {describe, expect, it} from 'vitest';
import {parseBillExport} from '../../src/model/billImport';
import {MEASURE_GUIDE_IDS} from '../support/measureGuide';

const PAGES = {
  ko: 'docs/measure-east-west-traffic.mdx',
  en: 'i18n/en/docusaurus-plugin-content-docs/current/measure-east-west-traffic.mdx',
} as const;

function read(path: string): string {
  return readFileSync(fileURLToPath(new URL(`../../${path}`, import.meta.url)), 'utf8');
}

function blocks(text: string, lang: string): string[] {
  return [...text.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1] ?? '');
}

describe('the measuring guide', () => {
  for (const [locale, path] of Object.entries(PAGES)) {
    const text = read(path);

    it(`${locale}: has every section id, in order`, () => {
      const ids = [...text.matchAll(/^##+ .* \{#([a-z0-9-]+)\}$/gm)].map((m) => m[1]);
      expect(ids).toEqual(MEASURE_GUIDE_IDS);
    });

    it(`${locale}: every Athena query parses (Trino/Athena dialect)`, () => {
      const queries = blocks(text, 'sql');
      expect(queries).toHaveLength(3);
      const parser = new Parser();
      for (const sql of queries) expect(() => parser.astify(sql, {database: 'athena'}), sql).not.toThrow();
    });

    it(`${locale}: the first query returns the columns the simulator's importer reads`, () => {
      const [first] = blocks(text, 'sql');
      const ast = new Parser().astify(first ?? '', {database: 'athena'});
      const select = Array.isArray(ast) ? ast[0] : ast;
      const names = (
        select as {columns: {as: string | null; expr: {column?: string | {expr?: {value?: string}}}}[]}
      ).columns.map((c) => {
        if (c.as) return c.as;
        const col = c.expr.column;
        return typeof col === 'string' ? col : (col?.expr?.value ?? '');
      });
      expect(names).toEqual(['bill_billing_period_start_date', 'line_item_usage_type', 'line_item_usage_amount']);
      // A result row shaped like Athena's CSV download imports as 20,480 GB.
      const csv = `${names.map((n) => `"${n}"`).join(',')}\n"2026-10-01 00:00:00.000","USE1-DataTransfer-Regional-Bytes","20480.0"\n`;
      expect(parseBillExport(csv)).toMatchObject({ok: true, gb: 20480, month: '2026-10'});
    });
  }

  it('both locales carry the same queries and commands', () => {
    const ko = read(PAGES.ko);
    const en = read(PAGES.en);
    expect(blocks(en, 'sql')).toEqual(blocks(ko, 'sql'));
    // Shell comments are translated; the commands themselves are not.
    const strip = (b: string) =>
      b
        .split('\n')
        .filter((l) => !l.trim().startsWith('#'))
        .join('\n');
    expect(blocks(en, 'bash').map(strip)).toEqual(blocks(ko, 'bash').map(strip));
  });
});
