/**
 * Link texts for the guide sections a scenario points at. They mirror the guide's headings (UI chrome, so
 * translated through code.json like every other label); the ids are the headings' explicit {#id}s.
 */
import {translate} from '@docusaurus/Translate';
import type {GuideSectionId} from '../../model';

export function guideSectionTitle(id: GuideSectionId): string {
  switch (id) {
    case 'overview':
      return translate({id: 'guideSection.overview', message: '개요'});
    case 'who-picks-the-endpoint':
      return translate({id: 'guideSection.who-picks-the-endpoint', message: '누가 엔드포인트를 고르는가'});
    case 'topology-aware-routing':
      return translate({id: 'guideSection.topology-aware-routing', message: 'Topology Aware Routing'});
    case 'internal-traffic-policy':
      return translate({id: 'guideSection.internal-traffic-policy', message: 'InternalTrafficPolicy Local'});
    case 'pod-topology-spread':
      return translate({id: 'guideSection.pod-topology-spread', message: 'Pod Topology Spread'});
    case 'nodelocal-dnscache':
      return translate({id: 'guideSection.nodelocal-dnscache', message: 'NodeLocal DNSCache'});
    case 'internal-lb-ip-mode':
      return translate({id: 'guideSection.internal-lb-ip-mode', message: 'Internal LB IP 모드'});
    case 'istio':
      return translate({id: 'guideSection.istio', message: 'Istio 서비스 메시'});
    case 'multi-cluster':
      return translate({id: 'guideSection.multi-cluster', message: '멀티 클러스터 연결 전략'});
    case 'cilium-clustermesh':
      return translate({id: 'guideSection.cilium-clustermesh', message: 'Cilium ClusterMesh'});
    case 'vpc-lattice':
      return translate({id: 'guideSection.vpc-lattice', message: 'VPC Lattice'});
    case 'istio-multicluster':
      return translate({id: 'guideSection.istio-multicluster', message: 'Istio 멀티 클러스터'});
    case 'route53-externaldns':
      return translate({id: 'guideSection.route53-externaldns', message: 'Route53 + ExternalDNS'});
    case 'cost-simulation':
      return translate({id: 'guideSection.cost-simulation', message: '비용 시뮬레이션'});
    case 'migration':
      return translate({id: 'guideSection.migration', message: 'EC2→EKS 마이그레이션'});
    case 'troubleshooting':
      return translate({id: 'guideSection.troubleshooting', message: '트러블슈팅'});
    case 'decision-guide':
      return translate({id: 'guideSection.decision-guide', message: '의사결정 흐름도'});
    case 'routing-controls-compared':
      return translate({id: 'guideSection.routing-controls-compared', message: '라우팅 제어 비교'});
    case 'az-impairment':
      return translate({id: 'guideSection.az-impairment', message: 'AZ 장애 시 동작'});
    case 'break-even':
      return translate({id: 'guideSection.break-even', message: '같은 AZ 라우팅의 손익분기'});
    case 'rollout-checklist':
      return translate({id: 'guideSection.rollout-checklist', message: '롤아웃·롤백 체크리스트'});
  }
}
