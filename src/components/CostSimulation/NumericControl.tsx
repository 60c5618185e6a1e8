import {useId, useMemo, useState, type ChangeEvent, type ReactNode} from 'react';
import {NUMERIC_PARAMS, type NumericParamKey, type NumericParamSpec, type SimulationInput} from '../../model/inputs';
import {formatNumber, type SiteLocale} from '../format';
import {linearScale, logScale} from './sliderScale';
import NumberField from '../shared/NumberField';
import controls from './controls.module.css';

export interface NumericControlProps {
  readonly spec: Pick<NumericParamSpec, 'min' | 'max' | 'integer' | 'step'>;
  /** `name` of the number field (the DOM contract: the param name, e.g. "tb"). */
  readonly name: string;
  readonly label: ReactNode;
  readonly unit: string;
  readonly help?: string;
  /** The current valid value in the model; null for an optional value that is not set (an empty field). */
  readonly value: number | null;
  readonly locale: SiteLocale;
  /** Paired slider: log scale for ranges spanning decades, linear otherwise, none for the assumptions panel. */
  readonly slider?: 'log' | 'linear';
  readonly onChange: (value: number) => void;
  /** The edit settled (slider released, field left, Enter): ends the history burst. */
  readonly onCommit: () => void;
}

/**
 * A labelled number field (the shared NumberField), optionally paired with a slider.
 */
export default function NumericControl(props: NumericControlProps): ReactNode {
  const {spec, name, label, unit, help, value, locale, slider, onChange, onCommit} = props;
  const id = useId();
  const fieldId = `${id}-field`;
  const labelId = `${id}-label`;
  const helpId = `${id}-help`;
  const scale = useMemo(
    () => (slider === 'log' ? logScale(spec) : slider === 'linear' ? linearScale(spec) : null),
    [slider, spec],
  );
  // A slider move drops whatever was being typed in the field, and its message.
  const [sliderMoves, setSliderMoves] = useState(0);

  const onSliderChange = (event: ChangeEvent<HTMLInputElement>) => {
    if (scale === null) return;
    const next = scale.toValue(Number(event.target.value));
    setSliderMoves((n) => n + 1);
    if (next !== value) onChange(next);
  };

  const valueText = value === null ? '' : `${formatNumber(value, locale, 6)} ${unit}`;

  return (
    <NumberField
      id={fieldId}
      name={name}
      spec={spec}
      value={value}
      locale={locale}
      unit={unit}
      describedBy={help === undefined ? undefined : helpId}
      className={controls.number}
      messageClassName={controls.fieldMessage}
      resetKey={sliderMoves}
      onChange={onChange}
      onCommit={onCommit}>
      {(field, message) => (
        <div className={controls.control}>
          <label id={labelId} htmlFor={fieldId} className={controls.controlLabel}>
            {label}
          </label>
          <div className={controls.controlInputs}>
            {scale !== null && (
              <input
                type="range"
                className={controls.slider}
                name={`${name}-range`}
                min={0}
                max={scale.positions}
                step={1}
                value={scale.toPosition(value ?? spec.min)}
                aria-labelledby={labelId}
                aria-valuetext={valueText}
                onChange={onSliderChange}
                // Arrow keys repeat: their edits settle through the store's debounce, not per key.
                onPointerUp={onCommit}
                onBlur={onCommit}
              />
            )}
            <span className={controls.numberWithUnit}>
              {field}
              <span className={controls.unit}>{unit}</span>
            </span>
          </div>
          {help !== undefined && (
            <p id={helpId} className={controls.help}>
              {help}
            </p>
          )}
          {message}
        </div>
      )}
    </NumberField>
  );
}

/** NumericControl bound to one of the simulator's numeric params: its spec, texts, value and URL name. */
export function ParamControl({
  paramKey,
  input,
  locale,
  slider,
  update,
  commit,
}: {
  readonly paramKey: NumericParamKey;
  readonly input: SimulationInput;
  readonly locale: SiteLocale;
  readonly slider?: 'log' | 'linear';
  readonly update: (patch: Partial<SimulationInput>) => void;
  readonly commit: () => void;
}): ReactNode {
  const spec = NUMERIC_PARAMS[paramKey];
  return (
    <NumericControl
      spec={spec}
      name={paramKey}
      label={spec.label[locale]}
      unit={spec.unit[locale]}
      help={spec.help[locale]}
      value={input[paramKey]}
      locale={locale}
      slider={slider}
      onChange={(value) => update({[paramKey]: value})}
      onCommit={commit}
    />
  );
}
