import Translate, {translate} from '@docusaurus/Translate';
import type {ReactNode} from 'react';
import type {QueryNotice} from '../../model/query';
import styles from './QueryNotices.module.css';

function describe(notice: QueryNotice): string {
  const values = {applied: notice.appliedValue ?? ''};
  switch (notice.kind) {
    case 'unknown':
      return translate({id: 'sim.notice.unknown', message: '알 수 없는 매개변수라 무시했습니다'});
    case 'invalid':
      return notice.appliedValue === undefined
        ? translate({id: 'sim.notice.invalid', message: '올바른 값이 아니라 무시했습니다'})
        : translate(
            {id: 'sim.notice.invalidDefault', message: '올바른 값이 아니라 기본값 {applied}을(를) 씁니다'},
            values,
          );
    case 'clamped':
      return translate({id: 'sim.notice.clamped', message: '범위를 벗어나 {applied}(으)로 맞췄습니다'}, values);
    case 'rounded':
      return translate({id: 'sim.notice.rounded', message: '정수만 쓸 수 있어 {applied}(으)로 반올림했습니다'}, values);
    case 'duplicate':
      return translate({id: 'sim.notice.duplicate', message: '같은 매개변수가 반복되어 처음 올바른 값만 썼습니다'});
    case 'truncated':
      return translate({id: 'sim.notice.truncated', message: '매개변수가 너무 많아 나머지를 읽지 않았습니다'});
    case 'superseded':
      return translate(
        {
          id: 'sim.notice.superseded',
          message: '링크에 bill(청구서 사용량)도 있어 무시했습니다. 트래픽은 청구서에서 계산한 {applied} TB/월입니다',
        },
        values,
      );
  }
}

/**
 * Names every URL param the codec ignored, clamped or rounded. Values are the codec's truncated plain text,
 * rendered as text (React escapes them), never as markup.
 */
export default function QueryNotices(props: {
  readonly notices: readonly QueryNotice[];
  readonly omitted: number;
  readonly onDismiss: () => void;
}): ReactNode {
  const {notices, omitted, onDismiss} = props;
  return (
    <div role="status" className={styles.noticeRegion}>
      {(notices.length > 0 || omitted > 0) && (
        <div className={styles.notice} data-testid="sim-query-notice">
          <p className={styles.noticeTitle}>
            <Translate id="sim.notice.title">링크의 일부 값을 그대로 쓸 수 없었습니다:</Translate>
          </p>
          <ul className={styles.noticeList}>
            {notices.map((notice, index) => (
              <li key={index} data-param={notice.param}>
                <code>{notice.param}</code>
                {notice.value !== '' && (
                  <>
                    {' = '}
                    <code className={styles.noticeValue}>{notice.value}</code>
                  </>
                )}
                {': '}
                {describe(notice)}
              </li>
            ))}
            {omitted > 0 && (
              <li>
                <Translate id="sim.notice.omitted" values={{count: omitted}}>
                  {'그 밖에 {count}건'}
                </Translate>
              </li>
            )}
          </ul>
          <button type="button" className="button button--sm button--secondary" onClick={onDismiss}>
            <Translate id="sim.notice.dismiss" description="Button: close this notice about the page address">
              닫기
            </Translate>
          </button>
        </div>
      )}
    </div>
  );
}
