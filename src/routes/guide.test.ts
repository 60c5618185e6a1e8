import {describe, expect, it} from 'vitest';
import {guideHref, legacyPageOf, type GuideAnchors} from './guide';

const anchors: GuideAnchors = {
  pages: [
    {path: '/docs/east-west-traffic', ids: ['overview', 'svc-clusterip']},
    {path: '/docs/east-west-traffic/latency-and-cost', ids: ['cost-simulation', 'comparison-table']},
  ],
};

describe('guideHref', () => {
  it('links to the page holding the id', () => {
    expect(guideHref(anchors, 'cost-simulation')).toBe('/docs/east-west-traffic/latency-and-cost#cost-simulation');
    expect(guideHref(anchors, 'svc-clusterip')).toBe('/docs/east-west-traffic#svc-clusterip');
  });

  it('falls back to the first page for an id no page has', () => {
    expect(guideHref(anchors, 'gone')).toBe('/docs/east-west-traffic#gone');
  });
});

describe('legacyPageOf', () => {
  it('sends a moved id to its page, decoding the hash', () => {
    expect(legacyPageOf(anchors, '#cost-simulation')).toBe('/docs/east-west-traffic/latency-and-cost');
    expect(legacyPageOf(anchors, '#comparison%2Dtable')).toBe('/docs/east-west-traffic/latency-and-cost');
  });

  it('stays for ids on the first page, unknown ids, an empty or malformed hash', () => {
    expect(legacyPageOf(anchors, '#overview')).toBeNull();
    expect(legacyPageOf(anchors, '#nowhere')).toBeNull();
    expect(legacyPageOf(anchors, '')).toBeNull();
    expect(legacyPageOf(anchors, '#%E0%A4%A')).toBeNull();
  });
});
