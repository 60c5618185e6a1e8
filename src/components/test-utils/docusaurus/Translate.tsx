import type {ReactNode} from 'react';
import {interpolateText, localizedMessage} from './siteState';

interface TranslateParam {
  readonly id?: string;
  readonly message?: string;
  readonly description?: string;
}

export function translate(param: TranslateParam, values?: Record<string, unknown>): string {
  return interpolateText(localizedMessage(param.id, param.message), values);
}

export default function Translate(props: {
  readonly id?: string;
  readonly description?: string;
  readonly values?: Record<string, ReactNode>;
  readonly children?: string;
}): ReactNode {
  const text = localizedMessage(props.id, props.children);
  const values = props.values;
  if (values === undefined) return <>{text}</>;
  // Values may be elements (links): split on placeholders and splice them in, as Docusaurus does.
  const parts = text.split(/(\{\w+\})/);
  return (
    <>
      {parts.map((part, index) => {
        const name = /^\{(\w+)\}$/.exec(part)?.[1];
        const value = name === undefined ? undefined : values[name];
        return <span key={index}>{value === undefined ? part : value}</span>;
      })}
    </>
  );
}
