/**
 * The one number field of the site's widgets: what the user types is kept as typed, the caller only ever
 * receives valid, in-range numbers (see typedNumber.ts), and anything else is explained inline with one set
 * of messages. The caller lays the field and its message out (a labelled control, a table cell).
 */
import {translate} from '@docusaurus/Translate';
import {useEffect, useId, useState, type ChangeEvent, type KeyboardEvent, type ReactNode} from 'react';
import type {NumericParamSpec} from '../../model/inputs';
import {formatNumber, type SiteLocale} from '../format';
import {interpretTypedNumber, type TypedNumberResult} from './typedNumber';

type Problem = Exclude<TypedNumberResult, {kind: 'ok'}>;
type Limits = Pick<NumericParamSpec, 'min' | 'max' | 'integer'>;

function problemMessage(
  problem: Problem,
  spec: Limits,
  value: number | null,
  locale: SiteLocale,
  unit: string | undefined,
): string {
  const n = (x: number | null) =>
    x === null ? '—' : unit === undefined ? formatNumber(x, locale, 6) : `${formatNumber(x, locale, 6)} ${unit}`;
  const values = {min: n(spec.min), max: n(spec.max), value: n(value)};
  if (problem.kind === 'invalid') {
    return problem.reason === 'empty'
      ? translate(
          {
            id: 'sim.field.empty',
            message: '{min}–{max} 사이의 숫자를 입력하세요. 계산에는 직전 값 {value}을(를) 씁니다.',
          },
          values,
        )
      : translate(
          {
            id: 'sim.field.notANumber',
            message: '숫자가 아닙니다. {min}–{max} 사이의 숫자를 입력하세요. 계산에는 직전 값 {value}을(를) 씁니다.',
          },
          values,
        );
  }
  const adjusted = {...values, value: n(problem.value)};
  switch (problem.reason) {
    case 'below-min':
      return translate(
        {id: 'sim.field.belowMin', message: '최솟값은 {min}입니다. {value}(으)로 계산합니다.'},
        adjusted,
      );
    case 'above-max':
      return translate(
        {id: 'sim.field.aboveMax', message: '최댓값은 {max}입니다. {value}(으)로 계산합니다.'},
        adjusted,
      );
    case 'rounded':
      return translate(
        {id: 'sim.field.rounded', message: '정수만 쓸 수 있습니다. {value}(으)로 계산합니다.'},
        adjusted,
      );
  }
}

export interface NumberFieldProps {
  readonly spec: Limits;
  /** The current valid value; null for an optional value that is not set (an empty field). */
  readonly value: number | null;
  readonly locale: SiteLocale;
  /** Shown after numbers in the messages (e.g. "TB"); none where the label carries it. */
  readonly unit?: string;
  readonly id?: string;
  readonly name?: string;
  readonly 'aria-label'?: string;
  /** Ids of other descriptions (a help text); the message's id is added while there is one. */
  readonly describedBy?: string;
  readonly step?: number | 'any';
  readonly inputMode?: 'decimal' | 'numeric';
  readonly className?: string;
  readonly messageClassName?: string;
  /** The message element: a block paragraph under a control, an inline span in a table cell. */
  readonly messageAs?: 'p' | 'span';
  /** Bumped by the caller when it sets the value itself (a slider): drops the draft and its message. */
  readonly resetKey?: number;
  readonly onChange: (value: number) => void;
  /** The edit settled (field left, Enter). */
  readonly onCommit?: () => void;
  /** Places the field and its message; by default one after the other. */
  readonly children?: (input: ReactNode, message: ReactNode) => ReactNode;
}

export default function NumberField(props: NumberFieldProps): ReactNode {
  const {spec, value, locale, unit, describedBy, onChange, onCommit, resetKey = 0} = props;
  const ownId = useId();
  const messageId = `${props.id ?? ownId}-message`;
  /** The text being typed; null shows the value. */
  const [draft, setDraft] = useState<string | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);

  // The value changed from elsewhere (slider, preset, back/forward, reset): drop a draft that no longer matches it.
  useEffect(() => {
    setDraft((current) => {
      if (current === null) return null;
      const read = interpretTypedNumber(current, false, spec);
      return read.kind !== 'invalid' && read.value === value ? current : null;
    });
    setProblem((current) =>
      current !== null && current.kind === 'adjusted' && current.value !== value ? null : current,
    );
  }, [value, spec]);

  useEffect(() => {
    if (resetKey === 0) return;
    setDraft(null);
    setProblem(null);
  }, [resetKey]);

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

  const settle = () => {
    // Show the value actually used (a clamped or rounded number); keep an unreadable draft so it can be fixed.
    if (problem === null || problem.kind === 'adjusted') setDraft(null);
    onCommit?.();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') settle();
  };

  const describers = [describedBy, problem === null ? undefined : messageId].filter(Boolean).join(' ');
  const input = (
    <input
      id={props.id}
      type="number"
      className={props.className}
      name={props.name}
      inputMode={props.inputMode ?? 'decimal'}
      min={spec.min}
      max={spec.max}
      step={props.step ?? (spec.integer ? 1 : 'any')}
      value={draft ?? (value === null ? '' : String(value))}
      aria-label={props['aria-label']}
      aria-invalid={problem !== null}
      aria-describedby={describers === '' ? undefined : describers}
      onChange={onFieldChange}
      onBlur={settle}
      onKeyDown={onKeyDown}
    />
  );
  const Message = props.messageAs ?? 'p';
  const message = (
    <Message id={messageId} className={props.messageClassName} aria-live="polite">
      {problem === null ? null : problemMessage(problem, spec, value, locale, unit)}
    </Message>
  );
  return props.children === undefined ? (
    <>
      {input}
      {message}
    </>
  ) : (
    props.children(input, message)
  );
}
