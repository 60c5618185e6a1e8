/**
 * What a number field does with what the user typed. Pure, so the rules are testable without a DOM:
 * empty or not a number → an error and the model keeps its last valid value; out of range → clamped, with a
 * message; a fraction in an integer field → rounded, with a message.
 */
import type {NumericParamSpec} from '../../model/inputs';

export type TypedNumberResult =
  | {readonly kind: 'ok'; readonly value: number}
  | {readonly kind: 'adjusted'; readonly value: number; readonly reason: 'below-min' | 'above-max' | 'rounded'}
  | {readonly kind: 'invalid'; readonly reason: 'empty' | 'not-a-number'};

/**
 * @param text the field's value (`<input type=number>` gives '' for anything that is not a number)
 * @param badInput the field's `validity.badInput`: the user typed something the browser cannot read as a number
 */
export function interpretTypedNumber(
  text: string,
  badInput: boolean,
  spec: Pick<NumericParamSpec, 'min' | 'max' | 'integer'>,
): TypedNumberResult {
  const trimmed = text.trim();
  if (badInput) return {kind: 'invalid', reason: 'not-a-number'};
  if (trimmed === '') return {kind: 'invalid', reason: 'empty'};
  const parsed = Number(trimmed);
  if (!Number.isFinite(parsed)) {
    // '1e309' parses to Infinity: too large rather than not a number.
    if (parsed === Number.POSITIVE_INFINITY) return {kind: 'adjusted', value: spec.max, reason: 'above-max'};
    if (parsed === Number.NEGATIVE_INFINITY) return {kind: 'adjusted', value: spec.min, reason: 'below-min'};
    return {kind: 'invalid', reason: 'not-a-number'};
  }
  if (parsed < spec.min) return {kind: 'adjusted', value: spec.min, reason: 'below-min'};
  if (parsed > spec.max) return {kind: 'adjusted', value: spec.max, reason: 'above-max'};
  if (spec.integer && !Number.isInteger(parsed)) {
    return {kind: 'adjusted', value: Math.min(spec.max, Math.max(spec.min, Math.round(parsed))), reason: 'rounded'};
  }
  return {kind: 'ok', value: parsed};
}
