import type {ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';

import styles from './index.module.css';
import {GUIDE_PATH} from '../routes/guide';

// Korean is the default locale: each message below is the Korean text, and i18n/en/code.json holds the English.

type Highlight = {id: string; title: ReactNode; body: ReactNode};

const highlights: readonly Highlight[] = [
  {
    id: 'corrected',
    title: <Translate id="home.highlight.corrected.title">바로잡은 사실</Translate>,
    body: (
      <Translate id="home.highlight.corrected.body">
        AZ 간 전송은 보내는 쪽과 받는 쪽 모두 과금됩니다. 원본 가이드의 틀린 수치와 규칙을 AWS·Kubernetes 문서로 확인해
        고쳤고, 모든 가격에 출처와 기준일을 붙였습니다.
      </Translate>
    ),
  },
  {
    id: 'options',
    title: <Translate id="home.highlight.options.title">선택지 비교</Translate>,
    body: (
      <Translate id="home.highlight.options.body">
        Topology Aware Routing, trafficDistribution, 내부 NLB·ALB, VPC Lattice, Istio까지 홉 수, 추가 지연, 비용 구조를
        한 표에서 비교합니다.
      </Translate>
    ),
  },
  {
    id: 'model',
    title: <Translate id="home.highlight.model.title">계산 가능한 비용</Translate>,
    body: (
      <Translate id="home.highlight.model.body">
        가이드의 금액은 공개된 AWS 가격으로 계산하는 하나의 비용 모델에서 나옵니다. 트래픽, AZ 수, 요청 수를 바꿔 옵션별
        월 비용과 항목을 확인하세요.
      </Translate>
    ),
  },
];

export default function Home(): ReactNode {
  return (
    <Layout
      title={translate({id: 'home.meta.title', message: 'EKS East-West 트래픽 최적화'})}
      description={translate({
        id: 'home.meta.description',
        message:
          'Amazon EKS 서비스 간(East-West) 트래픽의 지연과 AZ 간 전송 비용을 줄이는 방법: 바로잡은 가이드와 공개된 AWS 가격으로 계산하는 비용 시뮬레이터.',
      })}>
      <header className={styles.hero}>
        <div className={clsx('container', styles.heroInner)}>
          <p className={styles.eyebrow}>Amazon EKS · East-West</p>
          <Heading as="h1" className={styles.title}>
            <Translate id="home.hero.title">서비스 간 트래픽의 지연과 AZ 간 전송 비용 줄이기</Translate>
          </Heading>
          <p className={styles.lead}>
            <Translate id="home.hero.lead">
              EKS에서 East-West 트래픽을 같은 AZ에 묶어 두는 방법을 정리한 가이드를 사실에 맞게 고쳤고, 공개된 AWS
              가격으로 계산하는 비용 시뮬레이터를 함께 제공합니다.
            </Translate>
          </p>
          <div className={styles.actions}>
            <Link className="button button--primary button--lg" to={GUIDE_PATH}>
              <Translate id="home.hero.cta.guide">가이드 읽기</Translate>
            </Link>
            <Link className="button button--secondary button--outline button--lg" to="/simulator">
              <Translate id="home.hero.cta.simulator">비용 시뮬레이터 열기</Translate>
            </Link>
          </div>
        </div>
      </header>
      <main className={clsx('container', styles.main)}>
        <ul className={styles.highlights}>
          {highlights.map((h) => (
            <li key={h.id} className={styles.card}>
              <Heading as="h2" className={styles.cardTitle}>
                {h.title}
              </Heading>
              <p className={styles.cardBody}>{h.body}</p>
            </li>
          ))}
        </ul>
      </main>
    </Layout>
  );
}
