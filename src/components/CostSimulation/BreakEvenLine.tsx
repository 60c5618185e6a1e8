import Translate from '@docusaurus/Translate';
import {useMemo, type ReactNode} from 'react';
import {computeBreakEven} from '../../model/breakEven';
import type {SimulationInput} from '../../model/inputs';
import {formatNumber, formatUsd, type SiteLocale} from '../format';
import styles from './BreakEvenLine.module.css';

/**
 * One line under the results: from how many TB/month zone-local routing pays at the current inputs
 * (computeBreakEven), with its arithmetic one click away. The replica and node inputs sit in the assumptions panel.
 */
export default function BreakEvenLine({
  input,
  locale,
}: {
  readonly input: SimulationInput;
  readonly locale: SiteLocale;
}): ReactNode {
  const be = useMemo(() => computeBreakEven(input), [input]);
  const values = {
    saved: formatUsd(be.transferSavedUsd, locale),
    added: formatUsd(be.addedUsd, locale),
    net: formatUsd(be.netUsd, locale, {signed: true}),
  };
  return (
    <div className={styles.root} data-testid="break-even">
      <p className={styles.line}>
        {be.breakEvenTb === null ? (
          <Translate id="sim.breakEven.never" values={values}>
            {
              '같은 AZ 라우팅(Topology Aware Routing, ClusterIP 대비)은 줄이는 전송 요금이 없고 늘린 복제본과 NodeLocal DNSCache로 월 {added}이 더 듭니다. 남는 AZ 간 비율이 무작위 라우팅만큼 크면 이득이 없습니다.'
            }
          </Translate>
        ) : (
          <Translate
            id="sim.breakEven.line"
            values={{
              ...values,
              tb: <strong data-break-even-tb={be.breakEvenTb}>{formatNumber(be.breakEvenTb, locale, 2)}</strong>,
            }}>
            {
              '같은 AZ 라우팅(Topology Aware Routing, ClusterIP 대비)은 전송 요금을 월 {saved} 줄이고, 늘린 복제본과 NodeLocal DNSCache로 월 {added}이 더 듭니다. 이 입력에서는 월 {tb} TB부터 이득입니다 (지금 순효과 {net}/월).'
            }
          </Translate>
        )}
      </p>
      <details className={styles.details} data-print-open="">
        <summary>
          <Translate id="sim.breakEven.itemsToggle">추가 비용 계산 보기</Translate>
        </summary>
        <ul>
          {be.addedItems.map((i) => (
            <li key={i.id}>
              {`${i.label[locale]}: ${formatNumber(i.quantity, locale, 2)} ${i.unit[locale]} × ${formatUsd(i.usdPerUnit, locale, {style: 'unitPrice'})} = ${formatUsd(i.usd, locale)}`}
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
