import Translate from '@docusaurus/Translate';
import type {ReactNode} from 'react';
import {getSource} from '../../model/sources';
import type {SiteLocale} from '../format';

/** A price's source as a link with its as-of date, so every unit price on screen is one click from its origin. */
export default function SourceCitation({
  sourceId,
  locale,
}: {
  readonly sourceId: string;
  readonly locale: SiteLocale;
}): ReactNode {
  const source = getSource(sourceId);
  if (source === undefined) return sourceId;
  return (
    <>
      {source.url === null ? (
        source.title[locale]
      ) : (
        <a href={source.url} target="_blank" rel="noopener noreferrer">
          {source.title[locale]}
        </a>
      )}
      {' · '}
      <Translate id="sim.price.asOf" values={{date: source.asOf}}>
        {'기준일 {date}'}
      </Translate>
    </>
  );
}
