/**
 * ServiceTypeComparison: how each Kubernetes Service type / load-balancer mode carries a call, its pros and
 * cons, hops, and which one is the recommended default. Rows come from the model's SERVICE_TYPES; every row
 * is linkable as #svc-<id> (and highlighted when it is the link target).
 */
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import {useId, type ReactNode} from 'react';
import {SERVICE_TYPES, type ServiceTypeInfo} from '../../model';
import {formatNumber, useLocale, type SiteLocale} from '../format';
import clsx from 'clsx';
import table from '../shared/dataTable.module.css';
import badge from '../shared/badge.module.css';
import styles from './styles.module.css';
import {serviceTypeAnchor} from '../../routes/guide';
import {useGuideHref} from '../../routes/useGuideHref';

export const rowAnchor = serviceTypeAnchor;

function Row({type, locale}: {readonly type: ServiceTypeInfo; readonly locale: SiteLocale}): ReactNode {
  const guideHref = useGuideHref();
  const anchor = rowAnchor(type.id);
  const name = type.name[locale];
  return (
    <tr id={anchor} className={table.row} data-service-type={type.id}>
      <th scope="row" className={styles.typeCell}>
        <a
          href={`#${anchor}`}
          className={styles.rowLink}
          aria-label={translate({id: 'serviceTypes.rowLink', message: '이 행의 링크: {name}'}, {name})}
          title={translate({id: 'serviceTypes.rowLink', message: '이 행의 링크: {name}'}, {name})}>
          #
        </a>
        <span className={styles.typeName}>{name}</span> <span className={badge.badge}>{type.layer}</span>
        {type.recommendedDefault && (
          <span className={styles.recommended}>
            <Translate id="serviceTypes.recommendedDefault">기본 권장</Translate>
          </span>
        )}
        <Link to={guideHref(type.guideSectionId)} className={styles.guideLink}>
          <Translate id="serviceTypes.guideLink">가이드 섹션</Translate>
        </Link>
      </th>
      <td>{type.behaviour[locale]}</td>
      <td>
        <ul className={styles.list}>
          {type.pros.map((p) => (
            <li key={p.en}>{p[locale]}</li>
          ))}
        </ul>
      </td>
      <td>
        <ul className={styles.list}>
          {type.cons.map((c) => (
            <li key={c.en}>{c[locale]}</li>
          ))}
        </ul>
      </td>
      <td className={styles.number}>{formatNumber(type.hops, locale)}</td>
    </tr>
  );
}

export default function ServiceTypeComparison(): ReactNode {
  const locale = useLocale();
  const brokenLinks = useBrokenLinks();
  const captionId = useId();
  // The guide's prose links rows (e.g. #svc-clusterip); the build's anchor check must know they exist.
  for (const type of SERVICE_TYPES) brokenLinks.collectAnchor(rowAnchor(type.id));
  return (
    <div className={styles.wrap} data-testid="service-type-comparison">
      <div className={table.scroller} role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className={clsx(table.table, styles.table)}>
          <caption id={captionId}>
            <Translate id="serviceTypes.caption">Kubernetes 서비스 유형별 동작, 장단점, 홉 수</Translate>
          </caption>
          <thead>
            <tr>
              <th scope="col">
                <Translate id="serviceTypes.col.type">유형 (계층)</Translate>
              </th>
              <th scope="col">
                <Translate id="serviceTypes.col.behaviour">동작</Translate>
              </th>
              <th scope="col">
                <Translate id="serviceTypes.col.pros">장점</Translate>
              </th>
              <th scope="col">
                <Translate id="serviceTypes.col.cons">단점</Translate>
              </th>
              <th scope="col">
                <abbr
                  title={translate({
                    id: 'serviceTypes.col.hops.title',
                    message: '호출하는 파드에서 대상 파드까지의 네트워크 홉 수 (1 = 직접)',
                  })}>
                  <Translate
                    id="serviceTypes.col.hops"
                    description="Column header: number of network hops (proxies, load balancers) a request passes">
                    홉
                  </Translate>
                </abbr>
              </th>
            </tr>
          </thead>
          <tbody>
            {SERVICE_TYPES.map((type) => (
              <Row key={type.id} type={type} locale={locale} />
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
