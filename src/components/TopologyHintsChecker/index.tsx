/**
 * TopologyHintsChecker: zones with allocatable CPU and ready endpoints → would the EndpointSlice controller
 * keep topology hints (and how), or which event would it log instead. All logic is checkTopologyHints() in
 * the model; this component keeps the typed fields and lays out the result.
 */
import Translate, {translate} from '@docusaurus/Translate';
import {useId, useMemo, useState, type ReactNode} from 'react';
import {checkTopologyHints, type TopologyHintsResult, type ZoneInput} from '../../model/topologyHints';
import {formatNumber, formatPercent, useLocale, type SiteLocale} from '../format';
import {
  DISABLED_EVENT_MESSAGE,
  DISABLED_REASON_TEXT,
  ENABLED_TEXT,
  ONE_ZONE_TEXT,
} from '../../model/topologyHintReasons';
import NumberField from '../shared/NumberField';
import a11y from '../shared/a11y.module.css';
import styles from './styles.module.css';

const ZONE_NAMES = ['us-east-1a', 'us-east-1b', 'us-east-1c', 'us-east-1d', 'us-east-1e', 'us-east-1f'] as const;
const MIN_ZONES = 2;
const MAX_ZONES = ZONE_NAMES.length;
const CPU_LIMITS = {min: 0, max: 100_000, integer: false} as const;
const ENDPOINT_LIMITS = {min: 0, max: 10_000, integer: true} as const;

/** The fields keep what the user types; the rows hold the last valid values, from which the result is computed. */
interface ZoneRow {
  readonly name: string;
  readonly cpu: number;
  readonly endpoints: number;
}

function zones(cpu: readonly number[], endpoints: readonly number[]): ZoneRow[] {
  return cpu.map((c, i) => ({name: ZONE_NAMES[i] ?? `zone-${i}`, cpu: c, endpoints: endpoints[i] ?? 0}));
}

type PresetId = 'equal-8' | 'equal-9' | 'skewed';

// Three worked examples of the controller's rules: 8 endpoints over 3 equal zones fail the overload check; 3/3/3
// works with no cross-zone traffic; a skew does not remove hints, it moves some to other zones.
const PRESETS: Readonly<Record<PresetId, () => ZoneRow[]>> = {
  'equal-8': () => zones([8, 8, 8], [3, 3, 2]),
  'equal-9': () => zones([8, 8, 8], [3, 3, 3]),
  skewed: () => zones([8, 8, 8], [6, 2, 2]),
};

function presetLabel(id: PresetId): string {
  switch (id) {
    case 'equal-8':
      return translate({id: 'topologyHints.preset.equal8', message: '같은 CPU 3개 AZ, 엔드포인트 8개 (3/3/2)'});
    case 'equal-9':
      return translate({id: 'topologyHints.preset.equal9', message: '같은 CPU 3개 AZ, 엔드포인트 9개 (3/3/3)'});
    case 'skewed':
      return translate({id: 'topologyHints.preset.skewed', message: '한 AZ에 치우침 (6/2/2)'});
  }
}

interface NumberCellProps {
  readonly id: string;
  readonly label: string;
  readonly value: number;
  readonly limits: typeof CPU_LIMITS | typeof ENDPOINT_LIMITS;
  readonly locale: SiteLocale;
  readonly onChange: (value: number) => void;
}

function NumberCell({id, label, value, limits, locale, onChange}: NumberCellProps): ReactNode {
  return (
    <td>
      <NumberField
        id={id}
        aria-label={label}
        spec={limits}
        value={value}
        locale={locale}
        step={1}
        inputMode={limits.integer ? 'numeric' : 'decimal'}
        className={styles.number}
        messageClassName={styles.fieldMessage}
        messageAs="span"
        onChange={onChange}
      />
    </td>
  );
}

function toZoneInputs(rows: readonly ZoneRow[]): ZoneInput[] {
  return rows.map((r) => ({name: r.name, allocatableCpu: r.cpu, readyEndpoints: r.endpoints}));
}

function explanation(result: TopologyHintsResult, locale: SiteLocale): string {
  if (result.enabled) return ENABLED_TEXT[locale];
  if (result.reason !== 'InvalidInput' && result.readyNodesInOneZoneOnly) return ONE_ZONE_TEXT[locale];
  return DISABLED_REASON_TEXT[result.reason][locale];
}

function ResultPanel({
  result,
  rows,
  locale,
  captionId,
}: {
  readonly result: TopologyHintsResult;
  readonly rows: readonly ZoneRow[];
  readonly locale: SiteLocale;
  readonly captionId: string;
}): ReactNode {
  const reason = result.enabled ? undefined : result.reason;
  const withoutHints = 'crossZoneShareWithoutHints' in result ? result.crossZoneShareWithoutHints : null;
  // Disabled hints mean kube-proxy routes to any endpoint: the traffic then is the "without hints" figure.
  const withHints = result.enabled ? result.crossZoneShareWithHints : withoutHints;
  const percent = (share: number | null) =>
    share === null
      ? translate({id: 'topologyHints.result.noTraffic', message: '해당 없음 (엔드포인트 없음)'})
      : formatPercent(share, locale);
  return (
    <div
      className={styles.result}
      data-testid="hints-result"
      data-enabled={result.enabled ? 'true' : 'false'}
      data-reason={reason}
      aria-live="polite">
      <p className={styles.verdict}>
        <span className={result.enabled ? styles.badgeOn : styles.badgeOff}>
          {result.enabled ? (
            <Translate id="topologyHints.result.enabled">힌트 사용됨 (enabled)</Translate>
          ) : (
            <Translate id="topologyHints.result.disabled">힌트 꺼짐 (disabled)</Translate>
          )}
        </span>{' '}
        {reason !== undefined && <code className={styles.reason}>{reason}</code>}
      </p>
      <p className={styles.explanation}>{explanation(result, locale)}</p>
      {!result.enabled && result.reason !== 'InvalidInput' && (
        <p className={styles.explanation} data-testid="hints-event-message">
          <Translate id="topologyHints.result.eventMessage">컨트롤러 이벤트 메시지:</Translate>{' '}
          <code>{DISABLED_EVENT_MESSAGE[result.reason]}</code>
        </p>
      )}
      <dl className={styles.figures}>
        <div>
          <dt>
            <Translate id="topologyHints.result.crossWith">AZ 간 트래픽 비율 (이 설정)</Translate>
          </dt>
          <dd data-testid="cross-zone-with-hints">{percent(withHints)}</dd>
        </div>
        <div>
          <dt>
            <Translate id="topologyHints.result.crossWithout">AZ 간 트래픽 비율 (힌트 없이)</Translate>
          </dt>
          <dd data-testid="cross-zone-without-hints">{percent(withoutHints)}</dd>
        </div>
        {result.enabled && (
          <div>
            <dt>
              <Translate id="topologyHints.result.moved">다른 AZ로 옮겨진 엔드포인트</Translate>
            </dt>
            <dd data-testid="endpoints-moved">{formatNumber(result.endpointsMoved, locale)}</dd>
          </div>
        )}
      </dl>
      {result.enabled && (
        <div className={styles.tableWrap} role="region" aria-labelledby={`${captionId}-hints`} tabIndex={0}>
          <table className={styles.table}>
            <caption id={`${captionId}-hints`}>
              <Translate id="topologyHints.hints.caption">AZ별 힌트 (CPU 비율에 맞춘 배분)</Translate>
            </caption>
            <thead>
              <tr>
                <th scope="col">
                  <Translate id="topologyHints.col.zone" description="Column header: availability zone (AZ)">
                    AZ
                  </Translate>
                </th>
                <th scope="col">
                  <Translate id="topologyHints.col.cpuShare">CPU 비율</Translate>
                </th>
                <th scope="col">
                  <Translate id="topologyHints.col.endpoints">엔드포인트</Translate>
                </th>
                <th scope="col">
                  <Translate id="topologyHints.col.hints">이 AZ 힌트</Translate>
                </th>
                <th scope="col">
                  <Translate id="topologyHints.col.moves">옮김 (받음 / 줌)</Translate>
                </th>
              </tr>
            </thead>
            <tbody>
              {result.hintsPerZone.map((h) => {
                const allocation = result.allocations.find((a) => a.zone === h.zone);
                const own = rows.find((r) => r.name === h.zone)?.endpoints ?? 0;
                return (
                  <tr key={h.zone} data-zone={h.zone}>
                    <th scope="row">{h.zone}</th>
                    <td>{allocation === undefined ? '—' : formatPercent(allocation.cpuShare, locale)}</td>
                    <td>{formatNumber(own, locale)}</td>
                    <td data-testid={`hints-${h.zone}`}>{formatNumber(h.hints, locale)}</td>
                    <td>
                      +{formatNumber(h.received, locale)} / −{formatNumber(h.givenAway, locale)}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

export default function TopologyHintsChecker(): ReactNode {
  const locale = useLocale();
  const baseId = useId();
  const [rows, setRows] = useState<ZoneRow[]>(PRESETS['equal-9']);
  const result = useMemo(() => checkTopologyHints(toZoneInputs(rows)), [rows]);

  const updateField = (index: number, key: 'cpu' | 'endpoints', value: number) => {
    setRows((current) => current.map((row, i) => (i === index ? {...row, [key]: value} : row)));
  };
  const addZone = () =>
    setRows((current) => {
      if (current.length >= MAX_ZONES) return current;
      const name = ZONE_NAMES.find((n) => !current.some((r) => r.name === n)) ?? `zone-${current.length}`;
      const last = current[current.length - 1];
      return [...current, {name, cpu: last?.cpu ?? 8, endpoints: last?.endpoints ?? 3}];
    });
  const removeZone = (index: number) =>
    setRows((current) => (current.length <= MIN_ZONES ? current : current.filter((_, i) => i !== index)));

  const cpuLabel = translate({id: 'topologyHints.col.cpu', message: '할당 가능 CPU (코어)'});
  const endpointsLabel = translate({id: 'topologyHints.col.readyEndpoints', message: '준비된 엔드포인트'});

  return (
    <section className={styles.checker} data-testid="topology-hints-checker" aria-labelledby={`${baseId}-title`}>
      <h4 id={`${baseId}-title`} className={styles.title}>
        <Translate id="topologyHints.title">토폴로지 힌트 점검기</Translate>
      </h4>
      <p className={styles.lead}>
        <Translate id="topologyHints.lead">
          AZ별 할당 가능 CPU와 준비된 엔드포인트 수를 넣으면 EndpointSlice 컨트롤러가 힌트를 만들지, 만들지 않는다면
          어떤 이벤트를 남기는지 보여 줍니다.
        </Translate>
      </p>
      <div
        className={styles.presets}
        role="group"
        aria-label={translate({
          id: 'topologyHints.presets.label',
          description: 'Label before buttons that load example zone settings',
          message: '예시 설정',
        })}>
        <span className={styles.presetsLabel} aria-hidden="true">
          <Translate
            id="topologyHints.presets.label"
            description="Label before buttons that load example zone settings">
            예시 설정
          </Translate>
          :
        </span>
        {(Object.keys(PRESETS) as PresetId[]).map((id) => (
          <button
            key={id}
            type="button"
            className={`button button--secondary ${styles.button}`}
            data-preset={id}
            onClick={() => setRows(PRESETS[id]())}>
            {presetLabel(id)}
          </button>
        ))}
      </div>
      <div className={styles.tableWrap}>
        <table className={styles.table}>
          <caption>
            <Translate id="topologyHints.zones.caption">AZ 입력</Translate>
          </caption>
          <thead>
            <tr>
              <th scope="col">
                <Translate id="topologyHints.col.zone" description="Column header: availability zone (AZ)">
                  AZ
                </Translate>
              </th>
              <th scope="col">{cpuLabel}</th>
              <th scope="col">{endpointsLabel}</th>
              <th scope="col">
                <span className={a11y.visuallyHidden}>
                  <Translate
                    id="topologyHints.col.actions"
                    description="Column header (visually hidden) for the row buttons">
                    작업
                  </Translate>
                </span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={row.name} data-zone={row.name}>
                <th scope="row">{row.name}</th>
                <NumberCell
                  id={`${baseId}-${row.name}-cpu`}
                  label={`${row.name} ${cpuLabel}`}
                  value={row.cpu}
                  limits={CPU_LIMITS}
                  locale={locale}
                  onChange={(value) => updateField(index, 'cpu', value)}
                />
                <NumberCell
                  id={`${baseId}-${row.name}-endpoints`}
                  label={`${row.name} ${endpointsLabel}`}
                  value={row.endpoints}
                  limits={ENDPOINT_LIMITS}
                  locale={locale}
                  onChange={(value) => updateField(index, 'endpoints', value)}
                />
                <td>
                  <button
                    type="button"
                    className={`button button--outline button--secondary ${styles.button}`}
                    onClick={() => removeZone(index)}
                    disabled={rows.length <= MIN_ZONES}
                    aria-label={translate(
                      {id: 'topologyHints.zone.remove.label', message: '{zone} 제거'},
                      {zone: row.name},
                    )}>
                    <Translate id="topologyHints.zone.remove" description="Button: remove this availability zone row">
                      제거
                    </Translate>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className={styles.zoneActions}>
        <button
          type="button"
          className={`button button--primary ${styles.button}`}
          onClick={addZone}
          disabled={rows.length >= MAX_ZONES}>
          <Translate id="topologyHints.zone.add">AZ 추가</Translate>
        </button>{' '}
        <span className={styles.hint}>
          <Translate id="topologyHints.zone.limits" values={{min: MIN_ZONES, max: MAX_ZONES}}>
            {'AZ는 {min}–{max}개'}
          </Translate>
        </span>
      </p>
      <ResultPanel result={result} rows={rows} locale={locale} captionId={baseId} />
    </section>
  );
}
