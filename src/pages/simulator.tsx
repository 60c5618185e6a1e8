import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import type {ReactNode} from 'react';
import CostSimulation from '../components/CostSimulation';
import styles from './simulator.module.css';
import {useGuideHref} from '../routes/useGuideHref';

/** /simulator and /en/simulator: the guide's cost simulator, full width, with room for its charts. */
export default function SimulatorPage(): ReactNode {
  const guideHref = useGuideHref();
  return (
    <Layout
      title={translate({id: 'simulator.meta.title', message: 'East-West 트래픽 비용 시뮬레이터'})}
      description={translate({
        id: 'simulator.meta.description',
        message:
          'EKS 서비스 간 트래픽의 월 비용을 방식별로 계산합니다: AZ 간 전송, 내부 NLB·ALB, VPC Lattice, Istio. 공개된 AWS 가격과 항목별 내역, 공유 링크.',
      })}>
      <main className={styles.main}>
        <div className={styles.intro}>
          <Heading as="h1" className={styles.title}>
            <Translate id="simulator.title">East-West 트래픽 비용 시뮬레이터</Translate>
          </Heading>
          <p className={styles.lead}>
            <Translate
              id="simulator.lead"
              values={{
                guideLink: (
                  <Link to={guideHref('cost-simulation')}>
                    <Translate id="simulator.lead.guideLink">가이드의 비용 시뮬레이션 절</Translate>
                  </Link>
                ),
              }}>
              {
                '월간 트래픽, 가용 영역 수, 요청률을 넣으면 서비스 간 통신 방식마다 한 달(730시간) 비용을 공개된 AWS 단가로 계산하고, 지금 쓰는 방식과 비교한 절감액과 항목별 내역(수량 × 단가)을 보여 줍니다. 값은 주소에 담기므로 링크를 그대로 공유할 수 있습니다. 계산식과 가정은 {guideLink}에 있습니다.'
              }
            </Translate>
          </p>
        </div>
        <CostSimulation variant="page" />
      </main>
    </Layout>
  );
}
