/**
 * TopologyHintsChecker: zones with allocatable CPU and ready endpoints → would the EndpointSlice controller
 * keep topology hints (and how), or which event would it log instead. All logic is checkTopologyHints() in
 * the model; this component keeps the typed fields and lays out the result.
 */
import Translate, {translate} from '@docusaurus/Translate';
import {useId, useMemo, useState, type ReactNode} from 'react';
import {checkTopologyHints, type TopologyHintsResult, type ZoneInput} from '../../model/topologyHints';
import {interpretTypedNumber, type TypedNumberResult} from '../CostSimulation/typedNumber';
import {formatNumber, formatPercent, useLocale, type SiteLocale} from '../format';
import {DISABLED_EVENT_MESSAGE, DISABLED_REASON_TEXT, ENABLED_TEXT, ONE_ZONE_TEXT} from '../../model/topologyHintReasons';
import a11y from '../shared/a11y.module.css';
import styles from './styles.module.css';

const ZONE_NAMES = ['us-east-1a', 'us-east-1b', 'us-east-1c', 'us-east-1d', 'us-east-1e', 'us-east-1f'] as const;
const MIN_ZONES = 2;
const MAX_ZONES = ZONE_NAMES.length;
const CPU_LIMITS = {min: 0, max: 100_000, integer: false} as const;
const ENDPOINT_LIMITS = {min: 0, max: 10_000, integer: true} as const;

interface FieldState {
  /** What the field shows (what the user typed). */
  readonly text: string;
  /** The last valid value; the result is computed from it. */
  readonly value: number;
  readonly status: TypedNumberResult['kind'];
  readonly reason?: string;
}

interface ZoneRow {
  readonly name: string;
  readonly cpu: FieldState;
  readonly endpoints: FieldState;
}

function field(value: number): FieldState {
  return {text: String(value), value, status: 'ok'};
}

function zones(cpu: readonly number[], endpoints: readonly number[]): ZoneRow[] {
  return cpu.map((c, i) => ({name: ZONE_NAMES[i] ?? `zone-${i}`, cpu: field(c), endpoints: field(endpoints[i] ?? 0)}));
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

function fieldMessage(state: FieldState, limits: {readonly min: number; readonly max: number}, locale: SiteLocale): string | null {
  if (state.status === 'ok') return null;
  const last = formatNumber(state.value, locale);
  switch (state.reason) {
    case 'empty':
      return translate({id: 'topologyHints.error.empty', message: '숫자를 입력하세요. 마지막 올바른 값 {value}을(를) 계산에 씁니다.'}, {value: last});
    case 'not-a-number':
      return translate({id: 'topologyHints.error.notANumber', message: '숫자가 아닙니다. 마지막 올바른 값 {value}을(를) 계산에 씁니다.'}, {value: last});
    case 'below-min':
      return translate({id: 'topologyHints.error.belowMin', message: '{min} 이상이어야 해서 {value}(으)로 계산합니다.'}, {min: formatNumber(limits.min, locale), value: last});
    case 'above-max':
      return translate({id: 'topologyHints.error.aboveMax', message: '{max} 이하여야 해서 {value}(으)로 계산합니다.'}, {max: formatNumber(limits.max, locale), value: last});
    case 'rounded':
      return translate({id: 'topologyHints.error.rounded', message: '엔드포인트 수는 정수입니다. {value}(으)로 계산합니다.'}, {value: last});
    default:
      return null;
  }
}

function nextField(previous: FieldState, text: string, badInput: boolean, limits: typeof CPU_LIMITS | typeof ENDPOINT_LIMITS): FieldState {
  const typed = interpretTypedNumber(text, badInput, limits);
  switch (typed.kind) {
    case 'ok':
      return {text, value: typed.value, status: 'ok'};
    case 'adjusted':
      return {text, value: typed.value, status: 'adjusted', reason: typed.reason};
    case 'invalid':
      return {text, value: previous.value, status: 'invalid', reason: typed.reason};
  }
}

interface NumberCellProps {
  readonly id: string;
  readonly label: string;
  readonly state: FieldState;
  readonly limits: typeof CPU_LIMITS | typeof ENDPOINT_LIMITS;
  readonly step: number;
  readonly locale: SiteLocale;
  readonly onChange: (text: string, badInput: boolean) => void;
}

function NumberCell({id, label, state, limits, step, locale, onChange}: NumberCellProps): ReactNode {
  const message = fieldMessage(state, limits, locale);
  const messageId = `${id}-message`;
  return (
    <td>
      <input
        id={id}
        className={styles.number}
        type="number"
        inputMode={limits.integer ? 'numeric' : 'decimal'}
        min={limits.min}
        max={limits.max}
        step={step}
        value={state.text}
        aria-label={label}
        aria-invalid={state.status === 'invalid' ? true : undefined}
        aria-describedby={message === null ? undefined : messageId}
        onChange={(event) => onChange(event.currentTarget.value, event.currentTarget.validity.badInput)}
      />
      {message !== null && (
        <span id={messageId} className={styles.fieldMessage} role="status">
          {message}
        </span>
      )}
    </td>
  );
}

function toZoneInputs(rows: readonly ZoneRow[]): ZoneInput[] {
  return rows.map((r) => ({name: r.name, allocatableCpu: r.cpu.value, readyEndpoints: r.endpoints.value}));
}

function explanation(result: TopologyHintsResult, locale: SiteLocale): string {
  if (result.enabled) return ENABLED_TEXT[locale];
  if (result.reason !== 'InvalidInput' && result.readyNodesInOneZoneOnly) return ONE_ZONE_TEXT[locale];
  return DISABLED_REASON_TEXT[result.reason][locale];
}

function ResultPanel({result, rows, locale, captionId}: {readonly result: TopologyHintsResult; readonly rows: readonly ZoneRow[]; readonly locale: SiteLocale; readonly captionId: string}): ReactNode {
  const reason = result.enabled ? undefined : result.reason;
  const withoutHints = 'crossZoneShareWithoutHints' in result ? result.crossZoneShareWithoutHints : null;
  // Disabled hints mean kube-proxy routes to any endpoint: the traffic then is the "without hints" figure.
  const withHints = result.enabled ? result.crossZoneShareWithHints : withoutHints;
  const percent = (share: number | null) =>
    share === null ? translate({id: 'topologyHints.result.noTraffic', message: '해당 없음 (엔드포인트 없음)'}) : formatPercent(share, locale);
  return (
    <div
      className={styles.result}
      data-testid="hints-result"
      data-enabled={result.enabled ? 'true' : 'false'}
      data-reason={reason}
      aria-live="polite"
    >
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
            <Translate id="topologyHints.result.crossWith">교차 AZ 트래픽 비율 (이 설정)</Translate>
          </dt>
          <dd data-testid="cross-zone-with-hints">{percent(withHints)}</dd>
        </div>
        <div>
          <dt>
            <Translate id="topologyHints.result.crossWithout">교차 AZ 트래픽 비율 (힌트 없이)</Translate>
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
                  <Translate id="topologyHints.col.zone">AZ</Translate>
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
                const own = rows.find((r) => r.name === h.zone)?.endpoints.value ?? 0;
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

  const updateField = (index: number, key: 'cpu' | 'endpoints', text: string, badInput: boolean) => {
    setRows((current) =>
      current.map((row, i) => {
        if (i !== index) return row;
        const limits = key === 'cpu' ? CPU_LIMITS : ENDPOINT_LIMITS;
        return {...row, [key]: nextField(row[key], text, badInput, limits)};
      }),
    );
  };
  const addZone = () =>
    setRows((current) => {
      if (current.length >= MAX_ZONES) return current;
      const name = ZONE_NAMES.find((n) => !current.some((r) => r.name === n)) ?? `zone-${current.length}`;
      const last = current[current.length - 1];
      return [...current, {name, cpu: field(last?.cpu.value ?? 8), endpoints: field(last?.endpoints.value ?? 3)}];
    });
  const removeZone = (index: number) => setRows((current) => (current.length <= MIN_ZONES ? current : current.filter((_, i) => i !== index)));

  const cpuLabel = translate({id: 'topologyHints.col.cpu', message: '할당 가능 CPU (코어)'});
  const endpointsLabel = translate({id: 'topologyHints.col.readyEndpoints', message: '준비된 엔드포인트'});

  return (
    <section className={styles.checker} data-testid="topology-hints-checker" aria-labelledby={`${baseId}-title`}>
      <h4 id={`${baseId}-title`} className={styles.title}>
        <Translate id="topologyHints.title">토폴로지 힌트 점검기</Translate>
      </h4>
      <p className={styles.lead}>
        <Translate id="topologyHints.lead">
          AZ별 할당 가능 CPU와 준비된 엔드포인트 수를 넣으면 EndpointSlice 컨트롤러가 힌트를 만들지, 만들지 않는다면 어떤 이벤트를 남기는지 보여 줍니다.
        </Translate>
      </p>
      <div className={styles.presets} role="group" aria-label={translate({id: 'topologyHints.presets.label', message: '예시 설정'})}>
        <span className={styles.presetsLabel} aria-hidden="true">
          <Translate id="topologyHints.presets.label">예시 설정</Translate>:
        </span>
        {(Object.keys(PRESETS) as PresetId[]).map((id) => (
          <button key={id} type="button" className={`button button--secondary ${styles.button}`} data-preset={id} onClick={() => setRows(PRESETS[id]())}>
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
                <Translate id="topologyHints.col.zone">AZ</Translate>
              </th>
              <th scope="col">{cpuLabel}</th>
              <th scope="col">{endpointsLabel}</th>
              <th scope="col">
                <span className={a11y.visuallyHidden}>
                  <Translate id="topologyHints.col.actions">작업</Translate>
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
                  state={row.cpu}
                  limits={CPU_LIMITS}
                  step={1}
                  locale={locale}
                  onChange={(text, bad) => updateField(index, 'cpu', text, bad)}
                />
                <NumberCell
                  id={`${baseId}-${row.name}-endpoints`}
                  label={`${row.name} ${endpointsLabel}`}
                  state={row.endpoints}
                  limits={ENDPOINT_LIMITS}
                  step={1}
                  locale={locale}
                  onChange={(text, bad) => updateField(index, 'endpoints', text, bad)}
                />
                <td>
                  <button
                    type="button"
                    className={`button button--outline button--secondary ${styles.button}`}
                    onClick={() => removeZone(index)}
                    disabled={rows.length <= MIN_ZONES}
                    aria-label={translate({id: 'topologyHints.zone.remove.label', message: '{zone} 제거'}, {zone: row.name})}
                  >
                    <Translate id="topologyHints.zone.remove">제거</Translate>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className={styles.zoneActions}>
        <button type="button" className={`button button--primary ${styles.button}`} onClick={addZone} disabled={rows.length >= MAX_ZONES}>
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
