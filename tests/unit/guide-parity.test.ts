// Structural parity between the Korean and English guide. Links such as
// /docs/east-west-traffic/kubernetes-routing#topology-aware-routing must open the same section in
// both locales, so the two locales' pages have to agree on heading ids (page by page), code blocks,
// diagrams and where the widgets sit. The whole guide is checked as its pages joined in reading order.
import {describe, expect, it} from 'vitest';
import {parseSimulationQuery, serializeSimulationQuery} from '../../src/model';
import {GUIDE_SECTION_IDS} from '../../src/model/types';
import {guidePages, wholeGuide} from './guidePages';

const WIDGETS = [
  'ServiceTypeComparison',
  'LatencyCostComparison',
  'CostSimulation',
  'ScenarioMatrix',
  'TopologyHintsChecker',
] as const;

// Ids other pages and components link to: renaming one breaks their links. The model's section ids, plus the
// ones the home page, the widgets and the guide's own cross-references point at.
const REQUIRED_IDS = [
  ...GUIDE_SECTION_IDS,
  'prerequisites',
  'architecture',
  'service-types',
  'instance-vs-ip-mode',
  'latency-cost-comparison',
  'monitoring',
  'scenario-matrix',
  'troubleshooting-topology-aware-routing',
  'conclusion',
  'references',
] as const;

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

interface CodeBlock {
  lang: string;
  body: string;
}

interface Heading {
  level: number;
  text: string;
  id: string | null;
  line: number;
}

interface ParsedGuide {
  headings: Heading[];
  codeBlocks: CodeBlock[];
  /** Lines outside fenced code, with their 0-based index into the file. */
  proseLines: {line: number; text: string}[];
  unclosedFence: boolean;
}

function parseGuide(source: string): ParsedGuide {
  const lines = source.split('\n');
  const headings: Heading[] = [];
  const codeBlocks: CodeBlock[] = [];
  const proseLines: {line: number; text: string}[] = [];
  let fence: {ticks: number; lang: string; body: string[]} | null = null;
  let inFrontmatter = lines[0]?.trim() === '---';

  lines.forEach((text, line) => {
    if (inFrontmatter) {
      if (line > 0 && text.trim() === '---') inFrontmatter = false;
      return;
    }
    const fenceMatch = /^\s*(`{3,})(.*)$/.exec(text);
    if (fence) {
      if (fenceMatch && fenceMatch[1] && fenceMatch[1].length >= fence.ticks && fenceMatch[2]?.trim() === '') {
        codeBlocks.push({lang: fence.lang, body: fence.body.join('\n')});
        fence = null;
      } else {
        fence.body.push(text);
      }
      return;
    }
    if (fenceMatch && fenceMatch[1]) {
      const info = (fenceMatch[2] ?? '').trim();
      fence = {ticks: fenceMatch[1].length, lang: info.split(/\s+/)[0] ?? '', body: []};
      return;
    }
    proseLines.push({line, text});
    const headingMatch = /^(#{1,6})\s+(.*?)\s*$/.exec(text);
    if (headingMatch && headingMatch[1] && headingMatch[2] !== undefined) {
      const idMatch = /\s*\{#([^}]*)\}$/.exec(headingMatch[2]);
      headings.push({
        level: headingMatch[1].length,
        text: idMatch ? headingMatch[2].slice(0, idMatch.index) : headingMatch[2],
        id: idMatch?.[1] ?? null,
        line,
      });
    }
  });

  return {headings, codeBlocks, proseLines, unclosedFence: fence !== null};
}

function headingIds(guide: ParsedGuide): string[] {
  return guide.headings.flatMap((h) => (h.id === null ? [] : [h.id]));
}

/** Ids defined outside headings (`<a id="...">`), which in-page links may also target. */
function anchorIds(guide: ParsedGuide): string[] {
  return guide.proseLines.flatMap(({text}) => [...text.matchAll(/\bid=["']([^"']+)["']/g)].map((m) => m[1] ?? ''));
}

function inPageLinks(guide: ParsedGuide): string[] {
  // Inline code may legitimately contain "(#...)": drop it before scanning.
  return guide.proseLines.flatMap(({text}) =>
    [...text.replace(/`[^`]*`/g, '').matchAll(/\]\(#([^)\s]*)\)/g)].map((m) => m[1] ?? ''),
  );
}

/** Widget placements in order: the interim MDX comment marker or the real JSX tag. */
function widgetSequence(guide: ParsedGuide): {name: string; line: number}[] {
  const names = WIDGETS.join('|');
  const pattern = new RegExp(`\\{/\\*\\s*widget:\\s*(${names})\\s*\\*/\\}|<(${names})\\b`, 'g');
  return guide.proseLines.flatMap(({line, text}) =>
    [...text.matchAll(pattern)].map((m) => ({name: m[1] ?? m[2] ?? '', line})),
  );
}

function admonitionSequence(guide: ParsedGuide): string[] {
  return guide.proseLines.flatMap(({text}) => {
    const m = /^:::(\w+)/.exec(text.trim());
    return m?.[1] ? [m[1]] : [];
  });
}

/** YAML with comments removed: the two locales may differ only in comments. */
function yamlWithoutComments(body: string): string {
  return body
    .split('\n')
    .filter((l) => !/^\s*#/.test(l))
    .map((l) => l.replace(/\s+#.*$/, '').trimEnd())
    .filter((l) => l !== '')
    .join('\n');
}

function sectionLines(guide: ParsedGuide, id: string): [number, number] {
  const index = guide.headings.findIndex((h) => h.id === id);
  const start = guide.headings[index];
  if (!start) return [-1, -1];
  const next = guide.headings.slice(index + 1).find((h) => h.level <= start.level);
  return [start.line, next ? next.line : Number.POSITIVE_INFINITY];
}

const locales = {
  ko: parseGuide(wholeGuide('ko')),
  en: parseGuide(wholeGuide('en')),
};

/** Links to another page of the guide: `](./part.mdx#id)`, `](../east-west-traffic.mdx#id)`, `](./east-west-traffic/part.mdx#id)`. */
function crossPageLinks(fromName: string, text: string): {page: string; id: string}[] {
  const dir = fromName.includes('/') ? fromName.slice(0, fromName.lastIndexOf('/') + 1) : '';
  return [...text.replace(/`[^`]*`/g, '').matchAll(/\]\((\.{1,2}\/[^)#\s]+\.mdx)#([^)\s]+)\)/g)].map((m) => {
    const parts = (dir + (m[1] ?? '')).split('/');
    const resolved: string[] = [];
    for (const part of parts) {
      if (part === '.' || part === '') continue;
      if (part === '..') resolved.pop();
      else resolved.push(part);
    }
    return {page: resolved.join('/'), id: m[2] ?? ''};
  });
}

describe('guide parser (self-check on small inputs)', () => {
  it('finds a heading without an id and ignores "#" lines inside code', () => {
    const g = parseGuide('---\ntitle: x\n---\n## A {#a}\n```bash\n# not a heading\n```\n### B\n');
    expect(g.headings.map((h) => h.id)).toEqual(['a', null]);
    expect(g.codeBlocks).toEqual([{lang: 'bash', body: '# not a heading'}]);
  });

  it('reports links to ids that do not exist', () => {
    const g = parseGuide('## A {#a}\nSee [here](#a) and [there](#missing), not `[x](#code)`.\n');
    expect(inPageLinks(g)).toEqual(['a', 'missing']);
  });

  it('reads both widget markers and widget tags, in order', () => {
    const g = parseGuide('{/* widget: CostSimulation */}\n<ScenarioMatrix />\n');
    expect(widgetSequence(g).map((w) => w.name)).toEqual(['CostSimulation', 'ScenarioMatrix']);
  });

  it('compares YAML without its comments', () => {
    expect(yamlWithoutComments('a: 1 # eins\n# note\nb: 2')).toBe(yamlWithoutComments('a: 1  # one\nb: 2'));
    expect(yamlWithoutComments('replicas: 9')).not.toBe(yamlWithoutComments('replicas: 6'));
  });
});

describe.each(Object.entries(locales))('guide (%s)', (_locale, guide) => {
  it('closes every code fence', () => {
    expect(guide.unclosedFence).toBe(false);
  });

  it('has no "#" heading in the body (the H1 comes from the frontmatter title)', () => {
    expect(guide.headings.filter((h) => h.level === 1).map((h) => h.text)).toEqual([]);
  });

  it('gives every heading an explicit id', () => {
    expect(guide.headings.filter((h) => h.id === null).map((h) => h.text)).toEqual([]);
  });

  it('uses unique kebab-case ids', () => {
    const ids = headingIds(guide);
    expect(ids.filter((id) => !KEBAB.test(id))).toEqual([]);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('contains every id other pages link to', () => {
    const ids = new Set(headingIds(guide));
    expect(REQUIRED_IDS.filter((id) => !ids.has(id))).toEqual([]);
  });

  it('points every in-page link at an id on the same page', () => {
    const broken = guidePages(_locale as 'ko' | 'en').flatMap((page) => {
      const parsed = parseGuide(page.text);
      const targets = new Set([...headingIds(parsed), ...anchorIds(parsed)]);
      return inPageLinks(parsed)
        .filter((id) => !targets.has(id))
        .map((id) => `${page.name}#${id}`);
    });
    expect(broken).toEqual([]);
  });

  it('gives every fenced code block a language', () => {
    expect(guide.codeBlocks.filter((b) => b.lang === '').map((b) => b.body.slice(0, 60))).toEqual([]);
  });

  it('has at least the four mermaid diagrams', () => {
    expect(guide.codeBlocks.filter((b) => b.lang === 'mermaid').length).toBeGreaterThanOrEqual(4);
  });

  it('places every widget once, the hints checker inside its troubleshooting section', () => {
    const widgets = widgetSequence(guide);
    expect([...widgets.map((w) => w.name)].sort()).toEqual([...WIDGETS].sort());
    const [start, end] = sectionLines(guide, 'troubleshooting-topology-aware-routing');
    const checker = widgets.find((w) => w.name === 'TopologyHintsChecker');
    expect(checker && checker.line > start && checker.line < end).toBe(true);
  });

  it('keeps task-list checkboxes inside the rollout checklist (rehypeTaskListLabels labels them there)', () => {
    const [start, end] = sectionLines(guide, 'rollout-checklist');
    const tasks = guide.proseLines.filter(({text}) => /^\s*[-*]\s+\[[ xX]\]/.test(text));
    expect(tasks.length).toBeGreaterThan(10);
    expect(tasks.filter(({line}) => line <= start || line >= end).map((l) => l.text)).toEqual([]);
  });

  it('links the simulator only with canonical presets (no notices, same query after a round trip)', () => {
    const queries = guide.proseLines.flatMap(({text}) =>
      [...text.matchAll(/\]\(\/simulator(?:\?([^)#\s]*))?\)/g)].map((m) => m[1] ?? ''),
    );
    expect(queries.length).toBeGreaterThanOrEqual(10);
    for (const q of queries) {
      const parsed = parseSimulationQuery(q);
      expect([q, parsed.notices]).toEqual([q, []]);
      expect(serializeSimulationQuery(parsed.input)).toBe(q);
    }
  });
});

describe.each(['ko', 'en'] as const)('guide pages (%s)', (locale) => {
  const pages = guidePages(locale);

  it('are several, the first being east-west-traffic.mdx', () => {
    expect(pages.length).toBeGreaterThan(3);
    expect(pages[0]?.name).toBe('east-west-traffic.mdx');
  });

  it('each open with an h2 (the page title is the h1)', () => {
    const first = pages.map((page) => parseGuide(page.text).headings[0]?.level);
    expect(first.filter((level) => level !== 2)).toEqual([]);
  });

  it('link to other pages only at ids those pages hold', () => {
    const idsOf = new Map(pages.map((page) => [page.name, new Set(headingIds(parseGuide(page.text)))]));
    const links = pages.flatMap((page) => crossPageLinks(page.name, page.text));
    expect(links.length).toBeGreaterThan(0);
    expect(links.filter((link) => !idsOf.get(link.page)?.has(link.id))).toEqual([]);
  });
});

describe('ko and en agree', () => {
  const {ko, en} = locales;

  it('have the same pages, each with the same heading ids', () => {
    const ids = (locale: 'ko' | 'en') =>
      guidePages(locale).map((page) => ({name: page.name, ids: headingIds(parseGuide(page.text))}));
    expect(ids('en')).toEqual(ids('ko'));
  });

  it('have the same heading ids in the same order', () => {
    expect(headingIds(en)).toEqual(headingIds(ko));
  });

  it('have the same heading levels', () => {
    expect(en.headings.map((h) => `${h.level}:${h.id}`)).toEqual(ko.headings.map((h) => `${h.level}:${h.id}`));
  });

  it('have the same number of fenced code blocks and mermaid blocks', () => {
    expect(en.codeBlocks.length).toBe(ko.codeBlocks.length);
    expect(en.codeBlocks.filter((b) => b.lang === 'mermaid').length).toBe(
      ko.codeBlocks.filter((b) => b.lang === 'mermaid').length,
    );
  });

  it('have the same code block languages in the same order', () => {
    expect(en.codeBlocks.map((b) => b.lang)).toEqual(ko.codeBlocks.map((b) => b.lang));
  });

  it('have identical YAML apart from comments', () => {
    const yaml = (g: ParsedGuide) =>
      g.codeBlocks.filter((b) => b.lang === 'yaml').map((b) => yamlWithoutComments(b.body));
    expect(yaml(en)).toEqual(yaml(ko));
  });

  it('place the widgets in the same order', () => {
    expect(widgetSequence(en).map((w) => w.name)).toEqual(widgetSequence(ko).map((w) => w.name));
  });

  it('have the same number of checklist items', () => {
    const tasks = (g: ParsedGuide) => g.proseLines.filter(({text}) => /^\s*[-*]\s+\[[ xX]\]/.test(text)).length;
    expect(tasks(en)).toBe(tasks(ko));
  });

  it('have the same admonitions in the same order', () => {
    expect(admonitionSequence(en)).toEqual(admonitionSequence(ko));
  });
});
