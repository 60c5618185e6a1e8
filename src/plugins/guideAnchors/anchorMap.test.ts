import {describe, expect, it} from 'vitest';
import {SCENARIOS, SERVICE_TYPES} from '../../model';
import {buildGuideAnchors, headingIds} from './anchorMap';

const page = (position: number, body: string) => `---\ntitle: t\nsidebar_position: ${position}\n---\n\n${body}\n`;

describe('headingIds', () => {
  it('reads explicit ids of every level and skips "#" lines inside code fences', () => {
    expect(headingIds('## A {#a}\n```bash\n## not {#code}\n```\n#### D {#d}\n### No id\n')).toEqual(['a', 'd']);
  });
});

describe('buildGuideAnchors', () => {
  it('orders pages by sidebar_position and gives each its headings', () => {
    const anchors = buildGuideAnchors([
      {docPath: 'east-west-traffic/second', text: page(2, '## Second {#second}\n### Deep {#deep}')},
      {docPath: 'east-west-traffic', text: page(1, '## First {#first}')},
    ]);
    expect(anchors.pages).toEqual([
      {path: '/docs/east-west-traffic', ids: ['first']},
      {path: '/docs/east-west-traffic/second', ids: ['second', 'deep']},
    ]);
  });

  it("puts the widgets' row ids on the page that renders the widget", () => {
    const anchors = buildGuideAnchors([
      {docPath: 'east-west-traffic', text: page(1, '## A {#a}\n\n<ServiceTypeComparison />')},
      {docPath: 'east-west-traffic/b', text: page(2, '## B {#b}\n\n<ScenarioMatrix />')},
    ]);
    // 6 service types and 8 scenarios in the model today: one id each.
    expect(anchors.pages[0]?.ids).toContain('svc-clusterip');
    expect(anchors.pages[0]?.ids).toHaveLength(1 + SERVICE_TYPES.length);
    expect(anchors.pages[1]?.ids).toContain(`scenario-${SCENARIOS[0]!.id}`);
    expect(anchors.pages[1]?.ids).toHaveLength(1 + SCENARIOS.length);
  });

  it('leaves out a page with no ids of its own (the print view, which imports the parts)', () => {
    const anchors = buildGuideAnchors([
      {docPath: 'east-west-traffic', text: page(1, '## A {#a}')},
      {
        docPath: 'east-west-traffic/print',
        text: "---\nunlisted: true\n---\nimport P from '../east-west-traffic.mdx';\n\n<P />",
      },
    ]);
    expect(anchors.pages.map((p) => p.path)).toEqual(['/docs/east-west-traffic']);
  });

  it('refuses an id on two pages, naming both', () => {
    expect(() =>
      buildGuideAnchors([
        {docPath: 'east-west-traffic', text: page(1, '## A {#same}')},
        {docPath: 'east-west-traffic/b', text: page(2, '## B {#same}')},
      ]),
    ).toThrow('Guide id #same is on both /docs/east-west-traffic and /docs/east-west-traffic/b');
  });

  it('refuses a guide whose first page is not /docs/east-west-traffic', () => {
    expect(() => buildGuideAnchors([{docPath: 'east-west-traffic/b', text: page(1, '## B {#b}')}])).toThrow(
      "The guide's first page must be /docs/east-west-traffic",
    );
  });
});
