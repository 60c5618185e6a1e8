/**
 * The guide's terms, one word per concept in each locale, shared by the prose (MDX pages) and the widgets'
 * strings. tests/unit/glossary.test.ts fails when a page, a model string or a UI string uses a rejected variant.
 */
import type {Bilingual} from './types';

export interface GlossaryTerm {
  /** The word to write. */
  readonly term: Bilingual;
  /** Why this word (its source or convention), one line. */
  readonly note: string;
  /**
   * Variants that must not appear in Korean prose or Korean strings (code, inline code and link addresses
   * excepted). Written as patterns because particles and neighbouring identifiers matter: "Pod" must not match
   * "PodAffinity".
   */
  readonly rejectedKo: readonly RegExp[];
}

// Not a letter, digit or identifier character on either side: "Pod" in prose, not in "PodDisruptionBudget".
const word = (w: string, after = ''): RegExp => new RegExp(`(?<![A-Za-z0-9_/.\`-])${w}(?![A-Za-z0-9_\`-])${after}`);

export const GLOSSARY = {
  pod: {
    term: {ko: '파드', en: 'Pod'},
    note: 'Kubernetes Korean documentation writes 파드 (파드가, 파드를); a bare "Pod" invites the reading "팟" and wrong particles. "Pod Topology Spread" stays as a feature name.',
    rejectedKo: [word('Pods?', '(?! Topology)')],
  },
  node: {
    term: {ko: '노드', en: 'node'},
    note: 'Kubernetes Korean documentation writes 노드; "Node" stays only inside names (NodePort, NodeLocal DNSCache).',
    rejectedKo: [word('Node', '(?=[이가을를은는의에로와과])'), /중간 Node/],
  },
  zone: {
    term: {ko: 'AZ', en: 'zone'},
    note: 'AWS Korean documentation writes 가용 영역(AZ); on EKS a Kubernetes zone is an AZ, so Korean says AZ (AZ가, AZ를) throughout. Route 53 "hosted zone" is another thing (호스팅 영역).',
    rejectedKo: [
      new RegExp(`(?<!Hosted )(?<!Availability )${word('Zones?').source}`),
      /(?<![가-힣])존(?=[이가을를은는의에별당])/,
    ],
  },
  crossAz: {
    term: {ko: 'AZ 간', en: 'cross-AZ'},
    note: 'Traffic or transfer between AZs: "AZ 간 트래픽", "AZ 간 전송 비용", as AWS Korean pricing pages say "AZ 간 데이터 전송".',
    rejectedKo: [/교차 ?AZ/, /크로스[- ]?AZ/, /Cross-AZ(?= ?[가-힣])/, /영역 간/, /Zone 간/],
  },
  crossZoneLoadBalancing: {
    term: {ko: '교차 영역 로드 밸런싱', en: 'cross-zone load balancing'},
    note: 'The load balancer attribute, named as in AWS Korean documentation; not a synonym of AZ 간 (traffic between AZs).',
    rejectedKo: [/cross-zone 부하 분산/, /교차 영역 부하 분산/],
  },
  serviceMesh: {
    term: {ko: '서비스 메시', en: 'service mesh'},
    note: 'Istio and Kubernetes Korean documentation write 메시.',
    rejectedKo: [/메쉬/],
  },
  loadBalancer: {
    term: {ko: '로드 밸런서', en: 'load balancer'},
    note: 'AWS Korean documentation spaces it: 로드 밸런서, 로드 밸런싱.',
    rejectedKo: [/로드밸런/],
  },
  localityLoadBalancing: {
    term: {ko: '지역 로드 밸런싱', en: 'locality load balancing'},
    note: "Istio's locality load balancing, as Istio Korean documentation names it.",
    rejectedKo: [/지역성 로드/, /Locality 부하 분산/, /Locality 기반/],
  },
  endpoint: {
    term: {ko: '엔드포인트', en: 'endpoint'},
    note: 'Kubernetes Korean documentation spelling.',
    rejectedKo: [/앤드포인트/, /엔드 포인트/],
  },
  cheaper: {
    term: {ko: '저렴', en: 'cheaper'},
    note: 'A price comparison reads as a sentence or a noun (저렴, 최저 비용, 비용이 높음); the clipped forms 쌈/비쌈 are slang-like calques of "cheaper".',
    rejectedKo: [/(?<![가-힣])쌈(?![가-힣])/, /더 쌈/, /비쌈/],
  },
  multiCluster: {
    term: {ko: '멀티 클러스터', en: 'multi-cluster'},
    note: 'Spaced like 멀티 AZ, which the guide already writes.',
    rejectedKo: [/멀티클러스터/, /다중 클러스터/],
  },
  replica: {
    term: {ko: '복제본', en: 'replica'},
    note: 'Kubernetes Korean documentation writes 복제본 (레플리카셋 is only the object name).',
    rejectedKo: [/레플리카(?!셋)/],
  },
} as const satisfies Readonly<Record<string, GlossaryTerm>>;

export type GlossaryTermId = keyof typeof GLOSSARY;
