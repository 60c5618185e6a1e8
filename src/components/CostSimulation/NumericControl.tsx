import {translate} from '@docusaurus/Translate';
import {useEffect, useId, useMemo, useState, type ChangeEvent, type KeyboardEvent, type ReactNode} from 'react';
import type {NumericParamSpec} from '../../model/inputs';
import {formatNumber, type SiteLocale} from '../format';
import {linearScale, logScale} from './sliderScale';
import {interpretTypedNumber, type TypedNumberResult} from './typedNumber';
import styles from './styles.module.css';

type Problem = Exclude<TypedNumberResult, {kind: 'ok'}>;

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

function problemMessage(problem: Problem, props: NumericControlProps, value: number | null): string {
  const {locale, unit, spec} = props;
  const n = (x: number | null) => (x === null ? '—' : `${formatNumber(x, locale, 6)} ${unit}`);
  const values = {min: n(spec.min), max: n(spec.max), value: n(value)};
  if (problem.kind === 'invalid') {
    return problem.reason === 'empty'
      ? translate(
          {id: 'sim.field.empty', message: '{min}–{max} 사이의 숫자를 입력하세요. 계산에는 직전 값 {value}을(를) 씁니다.'},
          values,
        )
      : translate(
          {id: 'sim.field.notANumber', message: '숫자가 아닙니다. {min}–{max} 사이의 숫자를 입력하세요. 계산에는 직전 값 {value}을(를) 씁니다.'},
          values,
        );
  }
  const adjusted = {...values, value: n(problem.value)};
  switch (problem.reason) {
    case 'below-min':
      return translate({id: 'sim.field.belowMin', message: '최솟값은 {min}입니다. {value}(으)로 계산합니다.'}, adjusted);
    case 'above-max':
      return translate({id: 'sim.field.aboveMax', message: '최댓값은 {max}입니다. {value}(으)로 계산합니다.'}, adjusted);
    case 'rounded':
      return translate({id: 'sim.field.rounded', message: '정수만 쓸 수 있습니다. {value}(으)로 계산합니다.'}, adjusted);
  }
}

/**
 * A labelled number field, optionally paired with a slider. What the user types is kept as typed; the model
 * only ever receives valid, in-range numbers (see typedNumber.ts), and anything else is explained inline.
 */
export default function NumericControl(props: NumericControlProps): ReactNode {
  const {spec, name, label, unit, help, value, locale, slider, onChange, onCommit} = props;
  const id = useId();
  const fieldId = `${id}-field`;
  const labelId = `${id}-label`;
  const helpId = `${id}-help`;
  const messageId = `${id}-message`;
  const scale = useMemo(
    () => (slider === 'log' ? logScale(spec) : slider === 'linear' ? linearScale(spec) : null),
    [slider, spec],
  );
  /** The text being typed; null shows the model value. */
  const [draft, setDraft] = useState<string | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);

  // The value changed from elsewhere (slider, back/forward, reset): drop a draft that no longer matches it.
  useEffect(() => {
    setDraft((current) => {
      if (current === null) return null;
      const read = interpretTypedNumber(current, false, spec);
      return read.kind !== 'invalid' && read.value === value ? current : null;
    });
    setProblem((current) => (current !== null && current.kind === 'adjusted' && current.value !== value ? null : current));
  }, [value, spec]);

  const onFieldChange = (event: ChangeEvent<HTMLInputElement>) => {
    const text = event.target.value;
    const result = interpretTypedNumber(text, event.target.validity.badInput, spec);
    setDraft(text);
    if (result.kind === 'invalid') {
      setProblem(result);
      return;
    }
    setProblem(result.kind === 'adjusted' ? result : null);
    if (result.value !== value) onChange(result.value);
  };

  const settleField = () => {
    // Show the value actually used (a clamped or rounded number); keep an unreadable draft so it can be fixed.
    if (problem === null || problem.kind === 'adjusted') setDraft(null);
    onCommit();
  };

  const onFieldKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') settleField();
  };

  const onSliderChange = (event: ChangeEvent<HTMLInputElement>) => {
    if (scale === null) return;
    const next = scale.toValue(Number(event.target.value));
    setDraft(null);
    setProblem(null);
    if (next !== value) onChange(next);
  };

  const valueText = value === null ? '' : `${formatNumber(value, locale, 6)} ${unit}`;
  const describedBy = [help === undefined ? null : helpId, problem === null ? null : messageId].filter(Boolean).join(' ');

  return (
    <div className={styles.control}>
      <label id={labelId} htmlFor={fieldId} className={styles.controlLabel}>
        {label}
      </label>
      <div className={styles.controlInputs}>
        {scale !== null && (
          <input
            type="range"
            className={styles.slider}
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
        <span className={styles.numberWithUnit}>
          <input
            id={fieldId}
            type="number"
            className={styles.number}
            name={name}
            inputMode="decimal"
            min={spec.min}
            max={spec.max}
            step={spec.integer ? 1 : 'any'}
            value={draft ?? (value === null ? '' : String(value))}
            aria-invalid={problem !== null}
            aria-describedby={describedBy === '' ? undefined : describedBy}
            onChange={onFieldChange}
            onBlur={settleField}
            onKeyDown={onFieldKeyDown}
          />
          <span className={styles.unit}>{unit}</span>
        </span>
      </div>
      {help !== undefined && (
        <p id={helpId} className={styles.help}>
          {help}
        </p>
      )}
      <p id={messageId} className={styles.fieldMessage} aria-live="polite">
        {problem === null ? null : problemMessage(problem, props, value)}
      </p>
    </div>
  );
}
