/**
 * Names the inputs a model figure was computed at, for every widget that quotes one (prose figures, the
 * latency/cost comparison, the print view's basis line).
 */
import {DEFAULT_INPUT, NUMERIC_PARAMS, type NumericParamKey, type SimulationInput} from '../../model';
import {formatNumber, type SiteLocale} from '../format';

const DESCRIBED_KEYS: readonly NumericParamKey[] = ['tb', 'az', 'rps', 'tar', 'svc'];

/**
 * "10 TB/month, 3 AZs, 1,000 requests/s, …, us-east-1": the inputs a figure was computed at. Keys that
 * differ from the defaults are added after the primary ones, so every figure names what it assumed.
 */
export function describeInput(input: SimulationInput, locale: SiteLocale): string {
  const keys: NumericParamKey[] = [...DESCRIBED_KEYS];
  for (const key of Object.keys(NUMERIC_PARAMS) as NumericParamKey[]) {
    if (!keys.includes(key) && input[key] !== DEFAULT_INPUT[key]) keys.push(key);
  }
  const parts = keys.map((key) => {
    const spec = NUMERIC_PARAMS[key];
    const unit = spec.unit[locale];
    // A bare Korean counter ("3 개") says nothing on its own: name the quantity ("서비스 수 10개").
    if (unit === '개') return `${spec.label[locale]} ${formatNumber(input[key], locale)}${unit}`;
    // Both locales write the percent sign against the number: 10%.
    const value = `${formatNumber(input[key], locale)}${unit === '%' ? '' : ' '}${unit}`;
    // Secondary params go by their URL/formula name (costStructure writes crossAz(tar/100)).
    return spec.primary ? value : `${key} = ${value}`;
  });
  return [...parts, input.region].join(', ');
}
