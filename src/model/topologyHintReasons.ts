/**
 * What each outcome of the EndpointSlice controller means, in both languages. The event names are the
 * controller's own (Kubernetes topologycache); the explanations state the controller's rules in plain words.
 */
import type {Bilingual} from './types';
import type {HintsDisabledReason} from './topologyHints';

export const DISABLED_REASON_TEXT: Readonly<Record<HintsDisabledReason | 'InvalidInput', Bilingual>> = {
  InsufficientNodeInfo: {
    ko: '준비된 노드 중 zone 레이블이나 할당 가능 CPU 정보가 없는 노드가 있어, 컨트롤러가 AZ별 비율을 계산하지 못합니다.',
    en: 'A ready node has no zone label or no allocatable CPU, so the controller cannot compute each zone’s share.',
  },
  InsufficientNumberOfEndpoints: {
    ko: '준비된 엔드포인트가 AZ 수보다 적어, 엔드포인트를 받지 못하는 AZ가 생깁니다.',
    en: 'There are fewer ready endpoints than zones, so at least one zone would get no endpoint.',
  },
  MinAllocationExceedsOverloadThreshold: {
    ko: '어떤 엔드포인트도 공정 몫보다 20% 넘게 받지 않도록 AZ마다 최소 ceil(CPU 비율 × N ÷ 1.2)개가 필요한데, 이 최소값의 합이 엔드포인트 수 N보다 큽니다.',
    en: 'So that no endpoint gets more than 20% above its fair share, each zone needs at least ceil(CPU share × N ÷ 1.2) endpoints, and these minimums add up to more than the N endpoints.',
  },
  NoZoneSpecified: {
    ko: '어떤 엔드포인트에 zone 정보가 없어 모든 힌트가 제거됩니다.',
    en: 'An endpoint has no zone, so every hint is removed.',
  },
  InvalidInput: {
    ko: '입력값에 문제가 있어 계산하지 않았습니다.',
    en: 'The inputs have a problem, so nothing was computed.',
  },
};

/** Shown instead of the InsufficientNodeInfo text when the cause is ready nodes in a single zone. */
export const ONE_ZONE_TEXT: Bilingual = {
  ko: '준비된 노드가 한 AZ에만 있습니다. 컨트롤러는 AZ가 둘 미만이면 AZ별 비율을 버리므로, 이 경우에도 같은 InsufficientNodeInfo 메시지를 남기고 힌트를 만들지 않습니다.',
  en: 'Ready nodes are in one zone only. With fewer than two zones the controller drops the zone shares, so it reports the same InsufficientNodeInfo message and makes no hints.',
};

/**
 * The message the controller writes on the Service's `TopologyAwareHintsDisabled` event for each reason
 * (topologycache event.go, verbatim), so a reader can match it against `kubectl get events`.
 */
export const DISABLED_EVENT_MESSAGE: Readonly<Record<HintsDisabledReason, string>> = {
  InsufficientNodeInfo: 'Insufficient Node information: allocatable CPU or zone not specified on one or more nodes',
  InsufficientNumberOfEndpoints: 'Insufficient number of endpoints',
  MinAllocationExceedsOverloadThreshold:
    'Unable to allocate minimum required endpoints to each zone without exceeding overload threshold',
  NoZoneSpecified: 'One or more endpoints do not have a zone specified',
};

export const ENABLED_TEXT: Bilingual = {
  ko: '각 AZ의 엔드포인트에 같은 AZ 힌트가 붙고, 부하를 CPU 비율에 맞추려고 일부 엔드포인트의 힌트가 다른 AZ로 옮겨질 수 있습니다. 옮겨진 만큼 AZ 간 트래픽이 남습니다.',
  en: 'Endpoints are hinted for their own zone; to match each zone’s CPU share, some hints may be moved to another zone, and that much traffic still crosses zones.',
};
