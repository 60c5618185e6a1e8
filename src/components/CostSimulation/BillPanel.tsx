import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import {useId, useState, type ChangeEvent, type ReactNode} from 'react';
import {BILL_PARAM, mapBill, normalizeBill, type BillMapping} from '../../model/bill';
import {MAX_IMPORT_CHARS, parseBillExport, type BillImportError, type BillImportResult} from '../../model/billImport';
import {NUMERIC_PARAMS, REGION_LABELS, type SimulationInput} from '../../model/inputs';
import {getOption} from '../../model/options';
import {formatNumber, type SiteLocale} from '../format';
import type {PanelProps} from './InputsPanel';
import NumericControl from './NumericControl';
import styles from './BillPanel.module.css';
import controls from './controls.module.css';

/** Where the measuring guide lives (both locales: Link adds the locale's base URL). */
export const MEASURE_GUIDE_PATH = '/docs/measure-east-west-traffic';

function tbText(tb: number, locale: SiteLocale): string {
  return `${formatNumber(tb, locale, 3)} ${NUMERIC_PARAMS.tb.unit[locale]}`;
}

/**
 * What the bill means for the traffic figure, shown under the traffic slider: the derived volume, a clamp,
 * or why the bill cannot be mapped under the current option. Nothing without a bill.
 */
export function BillMappingNote({
  input,
  locale,
}: {
  readonly input: SimulationInput;
  readonly locale: SiteLocale;
}): ReactNode {
  const mapping: BillMapping = mapBill(input);
  if (mapping.kind === 'none') return null;
  const values = {bill: formatNumber(mapping.bill, locale, 0), tb: tbText(mapping.tb, locale)};
  let text: string;
  switch (mapping.kind) {
    case 'derived':
      text = translate(
        {id: 'sim.bill.derived', message: '청구서에서 계산: {tb} (청구서 {bill} GB ÷ 2 방향 ÷ 1,024 ÷ AZ를 넘는 비율)'},
        values,
      );
      break;
    case 'clamped':
      text = translate(
        {id: 'sim.bill.clamped', message: '청구서에서 계산한 {raw}이(가) 범위를 벗어나 {tb}(으)로 맞췄습니다'},
        {...values, raw: tbText(mapping.unclampedTb, locale)},
      );
      break;
    case 'unmappable':
      text = translate(
        {
          id: 'sim.bill.unmappable',
          message:
            '지금 쓰는 방식({option})은 AZ를 넘는 바이트가 없어 청구서 {bill} GB로 트래픽을 계산할 수 없습니다. 트래픽은 {tb} 그대로입니다.',
        },
        {...values, option: getOption(input.base).name[locale]},
      );
      break;
  }
  return (
    <p
      className={mapping.kind === 'derived' ? styles.billDerived : styles.billWarning}
      data-testid="bill-mapping"
      data-kind={mapping.kind}>
      {text}
    </p>
  );
}

function errorText(error: BillImportError): string {
  switch (error) {
    case 'empty':
      return translate({id: 'sim.import.error.empty', message: '붙여 넣은 내용이 없습니다.'});
    case 'too-large':
      return translate(
        {
          id: 'sim.import.error.tooLarge',
          message: '{mb} MB보다 큽니다. Cost Explorer에서 사용 유형별 월간 CSV를 받거나 Athena 쿼리 결과를 넣으세요.',
        },
        {mb: String(MAX_IMPORT_CHARS / 1024 / 1024)},
      );
    case 'too-many-rows':
      return translate({
        id: 'sim.import.error.tooManyRows',
        message: '행이 너무 많습니다. 사용 유형과 월로 묶은 결과(Athena 쿼리 결과 등)를 넣으세요.',
      });
    case 'too-many-columns':
      return translate({
        id: 'sim.import.error.tooManyColumns',
        message: '한 행의 열이 너무 많습니다. 청구 데이터 내보내기로 보이지 않습니다.',
      });
    case 'unknown-columns':
      return translate({
        id: 'sim.import.error.unknownColumns',
        message:
          '청구 데이터로 보이지 않습니다. line_item_usage_type·line_item_usage_amount(CUR 2.0), lineItem/UsageType·lineItem/UsageAmount(기존 CUR) 열이나 사용 유형별 Cost Explorer CSV가 필요합니다.',
      });
    case 'cost-only':
      return translate({
        id: 'sim.import.error.costOnly',
        message: '비용($) 열만 있습니다. Cost Explorer에서 지표를 “사용량(Usage quantity)”으로 바꿔 다시 받으세요.',
      });
    case 'no-matching-rows':
      return translate({
        id: 'sim.import.error.noRows',
        message: '*DataTransfer-Regional-Bytes 사용 유형의 행(0 이상의 사용량)이 없습니다.',
      });
  }
}

function successText(result: Extract<BillImportResult, {ok: true}>, bill: number, locale: SiteLocale): string {
  const values = {
    gb: formatNumber(result.gb, locale, 2),
    bill: formatNumber(bill, locale, 0),
    used: formatNumber(result.rowsUsed, locale, 0),
    ignored: formatNumber(result.rowsIgnored, locale, 0),
    month: result.month ?? '',
    months: formatNumber(result.monthCount, locale, 0),
  };
  const head =
    result.month === null
      ? translate(
          {id: 'sim.import.ok.noMonth', message: '날짜 열이 없어 모든 행을 더했습니다: {gb} GB → bill = {bill}.'},
          values,
        )
      : translate(
          {id: 'sim.import.ok.month', message: '{months}개월 중 가장 최근인 {month}: {gb} GB → bill = {bill}.'},
          values,
        );
  const rows = translate({id: 'sim.import.ok.rows', message: '행 {used}개를 썼고 {ignored}개는 무시했습니다.'}, values);
  const region =
    result.region !== null
      ? translate(
          {id: 'sim.import.ok.region', message: '리전: {region}.'},
          {region: REGION_LABELS[result.region][locale]},
        )
      : result.prefixes.length > 0 && result.prefixes.some((p) => p !== '')
        ? translate(
            {
              id: 'sim.import.ok.noRegion',
              message: '사용 유형 접두사 {prefixes}에 맞는 가격표가 없어 리전은 그대로 둡니다.',
            },
            {prefixes: result.prefixes.filter((p) => p !== '').join(', ')},
          )
        : '';
  return [head, rows, region].filter((t) => t !== '').join(' ');
}

type ImportMessage = {readonly ok: boolean; readonly text: string} | null;

/** The measured bill: its field, a way back to the slider, and the import box (paste or .csv). */
export function BillPanel({input, locale, update, commit}: PanelProps): ReactNode {
  const id = useId();
  const [message, setMessage] = useState<ImportMessage>(null);
  const [pasted, setPasted] = useState('');

  const apply = (text: string) => {
    const result = parseBillExport(text);
    if (!result.ok) {
      setMessage({ok: false, text: errorText(result.error)});
      return;
    }
    const bill = normalizeBill(result.gb);
    if (bill === null) return;
    update(result.region === null ? {bill} : {bill, region: result.region});
    commit();
    setMessage({ok: true, text: successText(result, bill, locale)});
  };

  const onPaste = (event: ChangeEvent<HTMLTextAreaElement>) => {
    const text = event.target.value;
    setPasted(text);
    if (text.length > MAX_IMPORT_CHARS) {
      setMessage({ok: false, text: errorText('too-large')});
      return;
    }
    if (text.trim() === '') {
      setMessage(null);
      return;
    }
    apply(text);
  };

  const onFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file === undefined) return;
    // Checked before reading: a huge file is never loaded into memory.
    if (file.size > MAX_IMPORT_CHARS) {
      setMessage({ok: false, text: errorText('too-large')});
      return;
    }
    file.text().then(apply, () => setMessage({ok: false, text: errorText('unknown-columns')}));
  };

  const clearBill = () => {
    // A tb patch without a bill drops the bill (see useSimulationState): the derived figure stays on screen.
    update({tb: input.tb});
    commit();
  };

  return (
    <fieldset className={controls.fieldset} data-testid="bill-panel">
      <legend className={controls.legend}>
        <Translate id="sim.bill.legend">청구서에서 시작</Translate>
      </legend>
      <p className={`${controls.help} ${styles.billIntro}`}>
        <Translate
          id="sim.bill.intro"
          values={{
            guide: (
              <Link to={MEASURE_GUIDE_PATH}>
                <Translate id="sim.bill.guideLink">East-West 트래픽 측정하기</Translate>
              </Link>
            ),
          }}>
          {'지금 청구서의 AZ 간 사용량을 넣으면 트래픽을 거기서 계산합니다. 숫자를 찾는 방법: {guide}.'}
        </Translate>
      </p>
      <NumericControl
        spec={BILL_PARAM}
        name={BILL_PARAM.key}
        label={BILL_PARAM.label[locale]}
        unit={BILL_PARAM.unit[locale]}
        help={BILL_PARAM.help[locale]}
        value={input.bill ?? null}
        locale={locale}
        onChange={(bill) => update({bill})}
        onCommit={commit}
      />
      {input.bill !== undefined && (
        <button type="button" className="button button--sm button--secondary margin-bottom--sm" onClick={clearBill}>
          <Translate id="sim.bill.clear">청구서 값 지우기 (트래픽을 직접 정하기)</Translate>
        </button>
      )}
      <div className={controls.control}>
        <label htmlFor={`${id}-import`} className={controls.controlLabel}>
          <Translate id="sim.import.label">
            청구 데이터 붙여 넣기 (Cost Explorer CSV, CUR 2.0, 기존 CUR, Athena 결과)
          </Translate>
        </label>
        <textarea
          id={`${id}-import`}
          name="bill-import"
          className={styles.importBox}
          rows={4}
          spellCheck={false}
          value={pasted}
          aria-describedby={`${id}-privacy ${id}-import-message`}
          onChange={onPaste}
        />
        <label className={styles.fileLabel}>
          <Translate id="sim.import.file">또는 .csv 파일 열기:</Translate>{' '}
          <input type="file" name="bill-file" accept=".csv,text/csv,text/plain" onChange={onFile} />
        </label>
        <p id={`${id}-privacy`} className={controls.help}>
          <Translate id="sim.import.privacy">
            파일은 이 브라우저 안에서만 읽습니다. 어디에도 업로드하지 않으며, 링크에는 합계(bill)만 남습니다.
          </Translate>
        </p>
        <p
          id={`${id}-import-message`}
          className={message?.ok === true ? styles.importOk : controls.fieldMessage}
          data-testid="bill-import-message"
          role="status">
          {message?.text ?? null}
        </p>
      </div>
    </fieldset>
  );
}
