import Translate, {translate} from '@docusaurus/Translate';
import {useRef, useState, type ReactNode} from 'react';
import type {Savings} from '../../model/cost';
import type {SimulationInput} from '../../model/inputs';
import type {OptionCostResult, PriceBook} from '../../model/types';
import type {SiteLocale} from '../format';
import {copyText} from '../shared/clipboard';
import {buildCsv, buildMarkdown, csvFileName, type CsvText, type MarkdownText} from './exporters';
import styles from './ExportButtons.module.css';

function markdownText(): MarkdownText {
  return {
    title: translate({id: 'sim.md.title', message: 'East-West 트래픽: 방식별 월 비용'}),
    option: translate({id: 'sim.results.option', message: '방식'}),
    monthlyTotal: translate({id: 'sim.md.total', message: '월 합계 (USD)'}),
    savings: translate({id: 'sim.results.savings', message: '기준 대비 절감액 (양수면 기준보다 저렴)'}),
    baseline: translate({
      id: 'sim.md.baseline',
      description: 'In the Markdown export: tag after the option the others are compared with',
      message: '기준',
    }),
    assumptions: translate({id: 'sim.md.assumptions', message: '가정'}),
    region: translate({id: 'sim.md.region', message: '리전'}),
    priceOverrides: translate({id: 'sim.md.overrides', message: '직접 입력한 단가'}),
    none: translate({
      id: 'sim.md.none',
      description: 'In the Markdown export: no price overrides were set',
      message: '없음',
    }),
    bookPrice: translate({id: 'sim.md.bookPrice', message: '가격표'}),
    link: translate({id: 'sim.md.link', message: '링크'}),
  };
}

function csvText(): CsvText {
  return {
    headers: [
      translate({id: 'sim.csv.option', message: '방식'}),
      translate({id: 'sim.csv.optionId', message: '방식 id'}),
      translate({id: 'sim.csv.item', message: '항목'}),
      translate({id: 'sim.csv.itemId', message: '항목 id'}),
      translate({id: 'sim.csv.quantity', message: '수량'}),
      translate({
        id: 'sim.csv.unit',
        description: 'CSV column header: the unit a quantity is counted in (GB, hour, request)',
        message: '단위',
      }),
      translate({id: 'sim.csv.usdPerUnit', message: '단가 (USD)'}),
      translate({id: 'sim.csv.usd', message: '월 비용 (USD)'}),
      translate({id: 'sim.csv.priceId', message: '가격 id'}),
      translate({
        id: 'sim.csv.source',
        description: 'CSV column header: where the unit price comes from (a link)',
        message: '출처',
      }),
    ],
    total: translate({
      id: 'sim.csv.total',
      description: 'CSV column header: monthly total in US dollars',
      message: '합계',
    }),
  };
}

export interface ExportButtonsProps {
  readonly input: SimulationInput;
  readonly results: readonly OptionCostResult[];
  readonly savings: readonly Savings[];
  readonly book: PriceBook;
  readonly locale: SiteLocale;
  /** The absolute link that reproduces the inputs (from useSimulationState). */
  readonly shareUrl: () => string;
}

export default function ExportButtons({
  input,
  results,
  savings,
  book,
  locale,
  shareUrl,
}: ExportButtonsProps): ReactNode {
  const [announcement, setAnnouncement] = useState('');
  /** Text to copy by hand when the browser refused both clipboard paths. */
  const [fallback, setFallback] = useState<string | null>(null);
  const fallbackRef = useRef<HTMLTextAreaElement>(null);

  const copy = async (text: string, done: string) => {
    setAnnouncement('');
    if (await copyText(text)) {
      setFallback(null);
      setAnnouncement(done);
    } else {
      setFallback(text);
      setAnnouncement(
        translate({id: 'sim.export.copyFailed', message: '복사하지 못했습니다. 아래 글을 직접 복사하세요.'}),
      );
      requestAnimationFrame(() => fallbackRef.current?.select());
    }
  };

  const copyLink = () => copy(shareUrl(), translate({id: 'sim.export.linkCopied', message: '링크를 복사했습니다.'}));
  const copyMarkdown = () =>
    copy(
      buildMarkdown({locale, input, results, savings, book, url: shareUrl(), text: markdownText()}),
      translate({id: 'sim.export.markdownCopied', message: 'Markdown 표를 복사했습니다.'}),
    );
  const downloadCsv = () => {
    const blob = new Blob([buildCsv(locale, results, csvText(), input.bill)], {type: 'text/csv;charset=utf-8'});
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = csvFileName(input);
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    setAnnouncement(translate({id: 'sim.export.csvSaved', message: 'CSV 파일을 내려받았습니다.'}));
  };

  return (
    <div className={styles.exports}>
      <div className={styles.exportButtons}>
        <button type="button" className="button button--sm button--outline button--primary" onClick={copyLink}>
          <Translate id="sim.export.copyLink">링크 복사</Translate>
        </button>
        <button type="button" className="button button--sm button--outline button--primary" onClick={copyMarkdown}>
          <Translate id="sim.export.copyMarkdown">Markdown으로 복사</Translate>
        </button>
        <button type="button" className="button button--sm button--outline button--primary" onClick={downloadCsv}>
          <Translate id="sim.export.downloadCsv">CSV 내려받기</Translate>
        </button>
      </div>
      <p className={styles.announce} aria-live="polite" data-testid="sim-export-status">
        {announcement}
      </p>
      {fallback !== null && (
        <textarea
          ref={fallbackRef}
          className={styles.fallback}
          readOnly
          value={fallback}
          rows={8}
          data-testid="sim-copy-fallback"
          aria-label={translate({id: 'sim.export.fallbackLabel', message: '복사할 글'})}
        />
      )}
    </div>
  );
}
