/**
 * A re-implementation of the EndpointSlice controller's topology hint allocation (Kubernetes
 * `staging/src/k8s.io/endpointslice/topologycache`, commit 40d99474): per zone, allocatable CPU of
 * ready nodes → a CPU ratio; `desired = ratio × N`, `minimum = ceil(desired / 1.2)`; same-zone hints
 * first, then whole endpoints moved from zones above their desired count to zones below it.
 *
 * The controller iterates Go maps (random order); here every choice is made in zone-name order,
 * so the result is deterministic. Ties in "the zone with the most to give/receive" go to the
 * alphabetically first zone.
 */

/** The controller's overload threshold: no endpoint should get more than 20 % above its fair share. */
export const TOPOLOGY_OVERLOAD_THRESHOLD = 0.2;
/** Zones accepted by the checker; more is certainly a typo in the widget. */
export const TOPOLOGY_MAX_ZONES = 64;
/** Ready endpoints accepted per zone; keeps the per-endpoint loops bounded. */
export const TOPOLOGY_MAX_ENDPOINTS_PER_ZONE = 100_000;

export interface ZoneInput {
  readonly name: string;
  /** Allocatable CPU (cores) of the ready, non-control-plane nodes in this zone. */
  readonly allocatableCpu: number;
  /** Ready endpoints of the Service in this zone (integer). */
  readonly readyEndpoints: number;
  /**
   * Ready nodes in this zone (integer). 0 means the zone's CPU does not count. When omitted, the zone
   * counts as having ready nodes iff its CPU is above 0.
   */
  readonly nodesReady?: number;
}

/**
 * The controller's event messages (constants in topologycache) that remove or skip hints. Its
 * `NodesReadyInOneZoneOnly` constant is absent on purpose: SetNodes already clears the zone ratios when
 * fewer than two zones have ready CPU, so the event the controller actually emits is InsufficientNodeInfo.
 */
export type HintsDisabledReason =
  | 'InsufficientNodeInfo'
  | 'InsufficientNumberOfEndpoints'
  | 'MinAllocationExceedsOverloadThreshold'
  | 'NoZoneSpecified';

export interface ZoneAllocation {
  readonly zone: string;
  /** Share of allocatable CPU, which is also the assumed share of clients. */
  readonly cpuShare: number;
  /** max(cpuShare × N, minimum). */
  readonly desired: number;
  readonly minimum: number;
  readonly maximum: number;
}

export interface ZoneHints {
  readonly zone: string;
  /** Endpoints hinted for this zone (its own that stayed plus those moved in). */
  readonly hints: number;
  /** Endpoints physically in this zone that were hinted to another zone. */
  readonly givenAway: number;
  /** Endpoints from other zones hinted for this zone. */
  readonly received: number;
}

export interface HintsEnabled {
  readonly enabled: true;
  readonly allocations: readonly ZoneAllocation[];
  readonly hintsPerZone: readonly ZoneHints[];
  /** Endpoints whose hint names a zone other than their own. */
  readonly endpointsMoved: number;
  /** Expected share of requests that cross zones with hints (clients ∝ zone CPU). */
  readonly crossZoneShareWithHints: number;
  /** The same without hints (every client picks any ready endpoint). null when there is nothing to route. */
  readonly crossZoneShareWithoutHints: number | null;
}

export interface HintsDisabled {
  readonly enabled: false;
  readonly reason: HintsDisabledReason;
  /** With InsufficientNodeInfo: true when the cause is ready nodes in one zone only (not missing node data). */
  readonly readyNodesInOneZoneOnly: boolean;
  /** Ready endpoints counted, and zones with ready CPU. */
  readonly endpoints: number;
  readonly zonesWithCpu: number;
  /** Without hints, kube-proxy spreads over all endpoints. null when there is nothing to route. */
  readonly crossZoneShareWithoutHints: number | null;
}

export interface ZoneInputProblem {
  /** Index of the zone in the input list, or -1 for a problem with the list itself. */
  readonly index: number;
  readonly field: 'name' | 'allocatableCpu' | 'readyEndpoints' | 'nodesReady' | 'zones';
  readonly problem: 'not-a-finite-number' | 'negative' | 'not-an-integer' | 'duplicate' | 'too-many' | 'too-large';
}

export interface HintsInvalidInput {
  readonly enabled: false;
  readonly reason: 'InvalidInput';
  readonly problems: readonly ZoneInputProblem[];
}

export type TopologyHintsResult = HintsEnabled | HintsDisabled | HintsInvalidInput;

function validate(zones: readonly ZoneInput[]): ZoneInputProblem[] {
  const problems: ZoneInputProblem[] = [];
  if (zones.length > TOPOLOGY_MAX_ZONES) return [{index: -1, field: 'zones', problem: 'too-many'}];
  const seen = new Set<string>();
  zones.forEach((z, index) => {
    if (typeof z.name !== 'string' || seen.has(z.name)) problems.push({index, field: 'name', problem: 'duplicate'});
    else seen.add(z.name);
    const numeric: Array<['allocatableCpu' | 'readyEndpoints' | 'nodesReady', number | undefined, boolean]> = [
      ['allocatableCpu', z.allocatableCpu, false],
      ['readyEndpoints', z.readyEndpoints, true],
      ['nodesReady', z.nodesReady, true],
    ];
    for (const [field, value, integer] of numeric) {
      if (value === undefined && field === 'nodesReady') continue;
      if (typeof value !== 'number' || !Number.isFinite(value))
        problems.push({index, field, problem: 'not-a-finite-number'});
      else if (value < 0) problems.push({index, field, problem: 'negative'});
      else if (integer && !Number.isInteger(value)) problems.push({index, field, problem: 'not-an-integer'});
      else if (field === 'readyEndpoints' && value > TOPOLOGY_MAX_ENDPOINTS_PER_ZONE)
        problems.push({index, field, problem: 'too-large'});
    }
  });
  return problems;
}

function byName<T extends {readonly name: string}>(a: T, b: T): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

function hasReadyNodes(z: ZoneInput): boolean {
  return z.nodesReady === undefined ? z.allocatableCpu > 0 : z.nodesReady > 0;
}

/** Clients in proportion to CPU, each picking uniformly among all ready endpoints. */
function shareWithoutHints(
  zones: readonly ZoneInput[],
  cpuShare: ReadonlyMap<string, number>,
  total: number,
): number | null {
  if (total === 0 || cpuShare.size === 0) return null;
  let share = 0;
  for (const z of zones) {
    const clients = cpuShare.get(z.name) ?? 0;
    share += clients * (1 - z.readyEndpoints / total);
  }
  return share;
}

/** The zone with the largest positive amount; ties go to the first name (entries are name-sorted). */
function most(amounts: ReadonlyMap<string, number>): [string, number] {
  let zone = '';
  let amount = 0;
  for (const [z, n] of amounts) {
    if (n > amount) {
      zone = z;
      amount = n;
    }
  }
  return [zone, amount];
}

/** Whether hints would be enabled for these zones, the hints, and the cross-zone share with and without. */
export function checkTopologyHints(zones: readonly ZoneInput[]): TopologyHintsResult {
  const problems = validate(zones);
  if (problems.length > 0) return {enabled: false, reason: 'InvalidInput', problems};

  const sorted = [...zones].sort(byName);
  const totalEndpoints = sorted.reduce((n, z) => n + z.readyEndpoints, 0);

  // SetNodes: only ready nodes count; a ready node without zone or CPU voids all node information.
  const readyZones = sorted.filter(hasReadyNodes);
  const nodeInfoMissing = readyZones.some((z) => z.name === '' || z.allocatableCpu === 0);
  const totalCpu = readyZones.reduce((n, z) => n + z.allocatableCpu, 0);
  const cpuShare = new Map<string, number>();
  if (!nodeInfoMissing && totalCpu > 0) for (const z of readyZones) cpuShare.set(z.name, z.allocatableCpu / totalCpu);

  const withoutHints = shareWithoutHints(sorted, cpuShare, totalEndpoints);
  const disabled = (reason: HintsDisabledReason, readyNodesInOneZoneOnly = false): HintsDisabled => ({
    enabled: false,
    reason,
    readyNodesInOneZoneOnly,
    endpoints: totalEndpoints,
    zonesWithCpu: cpuShare.size,
    crossZoneShareWithoutHints: withoutHints,
  });

  // getAllocations. The controller's SetNodes already clears the ratios when fewer than two zones have
  // CPU, so the event it logs for one zone is InsufficientNodeInfo too; the flag tells the two causes apart.
  if (nodeInfoMissing || totalCpu === 0) return disabled('InsufficientNodeInfo');
  if (cpuShare.size < 2) return disabled('InsufficientNodeInfo', true);
  if (cpuShare.size > totalEndpoints) return disabled('InsufficientNumberOfEndpoints');

  const allocations: ZoneAllocation[] = [];
  let minTotal = 0;
  for (const [zone, share] of cpuShare) {
    const desired = share * totalEndpoints;
    const minimum = Math.ceil(desired * (1 / (1 + TOPOLOGY_OVERLOAD_THRESHOLD)));
    minTotal += minimum;
    if (minTotal > totalEndpoints) return disabled('MinAllocationExceedsOverloadThreshold');
    allocations.push({zone, cpuShare: share, desired: Math.max(desired, minimum), minimum, maximum: 0});
  }
  const finalAllocations = allocations.map((a) => ({...a, maximum: a.minimum + totalEndpoints - minTotal}));

  // AddHints step 1: every ready endpoint hinted for its own zone; one without a zone removes all hints.
  if (sorted.some((z) => z.name === '' && z.readyEndpoints > 0)) return disabled('NoZoneSpecified');
  const ownHints = new Map<string, number>();
  for (const z of sorted) if (z.readyEndpoints > 0) ownHints.set(z.name, z.readyEndpoints);

  // Step 2 (getGivingAndReceivingZones): fractional surplus/deficit against `desired`, turned into whole endpoints.
  const givingDesired = new Map<string, number>();
  const receivingDesired = new Map<string, number>();
  for (const a of finalAllocations) {
    const allocated = ownHints.get(a.zone) ?? 0;
    if (allocated > a.desired) givingDesired.set(a.zone, allocated - a.desired);
    else if (allocated < a.desired) receivingDesired.set(a.zone, a.desired - allocated);
  }
  const giving = new Map<string, number>();
  const receiving = new Map<string, number>();
  for (;;) {
    const [gZone, toGive] = most(givingDesired);
    const [rZone, toReceive] = most(receivingDesired);
    if (gZone === '' || rZone === '' || (toGive < 1 && toReceive < 1) || toGive < 0.5 || toReceive < 0.5) break;
    giving.set(gZone, (giving.get(gZone) ?? 0) + 1);
    givingDesired.set(gZone, toGive - 1);
    receiving.set(rZone, (receiving.get(rZone) ?? 0) + 1);
    receivingDesired.set(rZone, toReceive - 1);
  }
  // Keep name order for the receiving-zone scan below.
  const receivingSorted = new Map([...receiving].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

  // Step 3 (redistributeHints): walk endpoints zone by zone; each endpoint of a giving zone is
  // re-hinted to the first receiving zone that still needs one.
  const moves = new Map<string, Map<string, number>>(); // to-zone → from-zone → count
  let endpointsMoved = 0;
  for (const z of sorted) {
    for (let i = 0; i < z.readyEndpoints; i++) {
      if (giving.size === 0 || receivingSorted.size === 0) break;
      const toGive = giving.get(z.name) ?? 0;
      if (toGive <= 0) break;
      let target: string | undefined;
      for (const [rZone, n] of receivingSorted) {
        if (n > 0) {
          target = rZone;
          break;
        }
      }
      if (target === undefined) break;
      if (toGive === 1) giving.delete(z.name);
      else giving.set(z.name, toGive - 1);
      const left = (receivingSorted.get(target) ?? 0) - 1;
      if (left <= 0) receivingSorted.delete(target);
      else receivingSorted.set(target, left);
      const into = moves.get(target) ?? new Map<string, number>();
      into.set(z.name, (into.get(z.name) ?? 0) + 1);
      moves.set(target, into);
      endpointsMoved += 1;
    }
  }

  const hintsPerZone: ZoneHints[] = sorted.map((z) => {
    const received = [...(moves.get(z.name)?.values() ?? [])].reduce((n, c) => n + c, 0);
    let givenAway = 0;
    for (const into of moves.values()) givenAway += into.get(z.name) ?? 0;
    return {zone: z.name, hints: z.readyEndpoints - givenAway + received, givenAway, received};
  });

  // kube-proxy in zone z picks uniformly among endpoints hinted for z; with none, it falls back to all.
  let withHints = 0;
  for (const h of hintsPerZone) {
    const clients = cpuShare.get(h.zone) ?? 0;
    if (clients === 0) continue;
    const own = sorted.find((z) => z.name === h.zone)?.readyEndpoints ?? 0;
    withHints += h.hints > 0 ? clients * (h.received / h.hints) : clients * (1 - own / totalEndpoints);
  }

  return {
    enabled: true,
    allocations: finalAllocations,
    hintsPerZone,
    endpointsMoved,
    crossZoneShareWithHints: withHints,
    crossZoneShareWithoutHints: withoutHints,
  };
}

/** `zoneCount` zones of equal CPU with `endpoints` spread as evenly as possible (earlier zones get the extras). */
export function evenZones(endpoints: number, zoneCount = 3, cpuPerZone = 8): ZoneInput[] {
  const names = ['a', 'b', 'c', 'd', 'e', 'f'];
  return Array.from({length: zoneCount}, (_, i) => ({
    name: `zone-${names[i] ?? String(i)}`,
    allocatableCpu: cpuPerZone,
    readyEndpoints: Math.floor(endpoints / zoneCount) + (i < endpoints % zoneCount ? 1 : 0),
  }));
}
