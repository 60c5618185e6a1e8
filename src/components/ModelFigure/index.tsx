/**
 * Inline figures for the guide's prose, so a dollar amount in a sentence is the model's number and can never
 * drift from the widgets:
 *   <Usd option="clusterip" />                              the option's monthly total at DEFAULT_INPUT
 *   <Usd option="internal-alb" item="lb-hours" />           one line item (or item={['a', 'b']} for a sum)
 *   <Usd option="topology-aware" input={{tar: 30}} />       at other inputs
 *   <UsdDiff from="internal-alb" to="topology-aware" />     from − to (what switching saves)
 *   <Price id="albUsdPerHour" />                            a published unit price
 *   <ModelValue of="lattice-break-even-tb" input={{xz: 1}} />  a named model number (threshold, break-even, per-GB rate)
 * Each renders server-side as text, with a tooltip (title) that spells out quantity × unit price.
 */
import {translate} from '@docusaurus/Translate';
import type {ReactNode} from 'react';
import type {PriceId, Region, SimulationInput, SingleClusterOptionId} from '../../model';
import {PRICE_LABELS, getSource} from '../../model';
import {formatNumber, formatUsd, useLocale} from '../format';
import {describeInput} from '../shared/describeInput';
import {
  bookPrice,
  describeArithmetic,
  resolveModelValue,
  resolveUsd,
  type ModelValueId,
  type UsdFigureSpec,
} from './figures';
import styles from './styles.module.css';

export interface UsdProps {
  readonly option: SingleClusterOptionId;
  readonly item?: string | readonly string[];
  readonly input?: Partial<SimulationInput>;
}

function atInputs(input: SimulationInput, locale: 'ko' | 'en'): string {
  return translate(
    {
      id: 'modelFigure.atInputs',
      message: '계산 조건: {inputs}',
      description: 'Tooltip line naming the inputs a prose figure was computed at',
    },
    {inputs: describeInput(input, locale)},
  );
}

export function Usd({option, item, input}: UsdProps): ReactNode {
  const locale = useLocale();
  const resolved = resolveUsd({option, item, input});
  const title = `${describeArithmetic(resolved, locale)}\n${atInputs(resolved.input, locale)}`;
  return (
    <span className={styles.figure} title={title} data-usd={resolved.usd} data-option-id={option}>
      {formatUsd(resolved.usd, locale)}
    </span>
  );
}

export interface UsdDiffProps {
  /** The option (or figure) you move away from. */
  readonly from: SingleClusterOptionId | UsdFigureSpec;
  /** The option (or figure) you move to; the figure shown is from − to. */
  readonly to: SingleClusterOptionId | UsdFigureSpec;
}

function toSpec(value: SingleClusterOptionId | UsdFigureSpec): UsdFigureSpec {
  return typeof value === 'string' ? {option: value} : value;
}

export function UsdDiff({from, to}: UsdDiffProps): ReactNode {
  const locale = useLocale();
  const a = resolveUsd(toSpec(from));
  const b = resolveUsd(toSpec(to));
  const diff = a.usd - b.usd;
  const title = [
    `${formatUsd(a.usd, locale)} − ${formatUsd(b.usd, locale)} = ${formatUsd(diff, locale)}`,
    describeArithmetic(a, locale),
    describeArithmetic(b, locale),
    atInputs(a.input, locale),
  ].join('\n');
  return (
    <span className={styles.figure} title={title} data-usd={diff}>
      {formatUsd(diff, locale)}
    </span>
  );
}

export interface PriceProps {
  readonly id: PriceId;
  readonly region?: Region;
}

export function Price({id, region}: PriceProps): ReactNode {
  const locale = useLocale();
  const entry = bookPrice(id, region);
  const source = getSource(entry.sourceId);
  const parts = [
    `${PRICE_LABELS[id][locale]}: ${formatUsd(entry.usdPerUnit, locale, {style: 'unitPrice'})} / ${entry.unit[locale]}`,
  ];
  if (source !== undefined) parts.push(`${source.title[locale]} (${source.asOf})`);
  return (
    <span className={styles.figure} title={parts.join('\n')} data-usd={entry.usdPerUnit}>
      {formatUsd(entry.usdPerUnit, locale, {style: 'unitPrice'})}
    </span>
  );
}

export interface ModelValueProps {
  readonly of: ModelValueId;
  readonly input?: Partial<SimulationInput>;
}

/** A named model number (see MODEL_VALUES): a threshold in TB/month or a per-unit dollar rate. */
export function ModelValue({of, input}: ModelValueProps): ReactNode {
  const locale = useLocale();
  const resolved = resolveModelValue(of, input);
  const text =
    resolved.value === null
      ? translate({
          id: 'modelFigure.none',
          message: '없음',
          description: 'A model threshold that does not exist at these inputs (e.g. never cheaper)',
        })
      : resolved.format === 'usdUnit'
        ? formatUsd(resolved.value, locale, {style: 'unitPrice'})
        : resolved.format === 'usd'
          ? formatUsd(resolved.value, locale)
          : formatNumber(resolved.value, locale, 2);
  const title = `${resolved.meaning[locale]}\n${atInputs(resolved.input, locale)}`;
  return (
    <span className={styles.figure} title={title} data-value={resolved.value ?? ''}>
      {text}
    </span>
  );
}
