// The glossary (src/model/glossary.ts) is enforced here: a rejected Korean variant in a guide page, a Korean
// model string or a Korean UI string fails, and so does a space before "%" ("20 %") in either locale.
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {GLOSSARY} from '../../src/model';
import {guidePages} from './guidePages';

const HANGUL = /[가-힣]/;
const SPACED_PERCENT = /\d %/;

/** Prose of an MDX page, line by line: code blocks (but not diagrams), imports, inline code and link addresses removed. */
export function mdxProse(text: string): {line: number; text: string}[] {
  const out: {line: number; text: string}[] = [];
  let fence: string | null = null;
  text.split('\n').forEach((raw, i) => {
    const open = /^\s*(```+|~~~+)(\w*)/.exec(raw);
    if (open) {
      fence = fence === null ? open[2] || 'code' : null;
      return;
    }
    if ((fence !== null && fence !== 'mermaid') || raw.startsWith('import ')) return;
    // An English title in link text ("[… Cross-AZ pod to pod …](url)") is a citation, not our prose.
    const prose = raw
      .replace(/`[^`\n]*`/g, ' ')
      .replace(/\[[^\]가-힣]*\]\(/g, '(')
      .replace(/\]\([^)\s]*\)/g, ']')
      .replace(/https?:\/\/\S+/g, ' ');
    out.push({line: i + 1, text: prose});
  });
  return out;
}

/** String literals and JSX text of a source file, with their line numbers. */
export function sourceStrings(text: string): {line: number; text: string}[] {
  const out: {line: number; text: string}[] = [];
  const literal = /'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`|>[^<>{}\n]*</g;
  for (const m of text.matchAll(literal)) {
    out.push({line: text.slice(0, m.index).split('\n').length, text: m[0]});
  }
  return out;
}

function rejectedIn(text: string): string[] {
  const found: string[] = [];
  for (const [id, entry] of Object.entries(GLOSSARY)) {
    for (const pattern of entry.rejectedKo) {
      const m = pattern.exec(text);
      if (m) found.push(`${id}: "${m[0]}" (write ${entry.term.ko})`);
    }
  }
  return found;
}

const root = path.resolve(__dirname, '..', '..');
function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), {withFileTypes: true, recursive: true})
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name))
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)));
}
// The glossary itself lists the rejected variants, so it is the one file exempt.
const SOURCES = sourceFiles('src').filter((f) => f !== path.join('src', 'model', 'glossary.ts'));

describe('the checks can fail', () => {
  it('flags each kind of rejected Korean variant', () => {
    expect(rejectedIn('교차 AZ 트래픽이 Pod로 갑니다')).toHaveLength(2);
    expect(rejectedIn('같은 Zone에 있는 서비스 메쉬')).toHaveLength(2);
    expect(rejectedIn('크로스-AZ 비용과 로드밸런서')).toHaveLength(2);
  });
  it('leaves identifiers, feature names and the chosen words alone', () => {
    expect(
      rejectedIn(
        '파드가 PodDisruptionBudget, NodePort, PreferSameZone, Pod Topology Spread, Private Hosted Zone을 씁니다',
      ),
    ).toEqual([]);
    expect(rejectedIn('AZ 간 트래픽, 교차 영역 로드 밸런싱, 서비스 메시, 지역 로드 밸런싱')).toEqual([]);
  });
  it('skips code blocks, inline code and link addresses in a page but reads diagrams', () => {
    const page = [
      '```yaml',
      '# Pod가 쓰는 설정',
      '```',
      '`Pod`를 보세요 [문서](https://example.com/Cross-AZ)',
      '```mermaid',
      'A["Pod가"]',
      '```',
    ].join('\n');
    const hits = mdxProse(page).filter((l) => rejectedIn(l.text).length > 0);
    expect(hits.map((l) => l.line)).toEqual([6]);
  });
  it('finds a spaced percent sign', () => {
    expect(SPACED_PERCENT.test('at a 20 % overload')).toBe(true);
    expect(SPACED_PERCENT.test('at a 20% overload')).toBe(false);
  });
});

describe('Korean pages use the glossary terms', () => {
  for (const page of guidePages('ko')) {
    it(page.name, () => {
      const problems = mdxProse(page.text)
        .filter((l) => HANGUL.test(l.text))
        .flatMap((l) => rejectedIn(l.text).map((p) => `${page.name}:${l.line} ${p}`));
      expect(problems).toEqual([]);
    });
  }
});

describe('Korean strings in the model and the UI use the glossary terms', () => {
  it(`${SOURCES.length} source files under src/`, () => {
    const problems = SOURCES.flatMap((file) =>
      sourceStrings(readFileSync(path.join(root, file), 'utf8'))
        .filter((s) => HANGUL.test(s.text))
        .flatMap((s) => rejectedIn(s.text).map((p) => `${file}:${s.line} ${p}`)),
    );
    expect(problems).toEqual([]);
  });
});

describe('numbers: "20%", never "20 %"', () => {
  for (const locale of ['ko', 'en'] as const) {
    for (const page of guidePages(locale)) {
      it(`${locale}: ${page.name}`, () => {
        const problems = mdxProse(page.text)
          .filter((l) => SPACED_PERCENT.test(l.text))
          .map((l) => `${page.name}:${l.line} ${l.text.trim().slice(0, 80)}`);
        expect(problems).toEqual([]);
      });
    }
  }
  it('model and UI strings, and the English UI messages', () => {
    const problems = SOURCES.flatMap((file) =>
      sourceStrings(readFileSync(path.join(root, file), 'utf8'))
        .filter((s) => SPACED_PERCENT.test(s.text))
        .map((s) => `${file}:${s.line} ${s.text.slice(0, 80)}`),
    );
    const messages = Object.entries(
      JSON.parse(readFileSync(path.join(root, 'i18n', 'en', 'code.json'), 'utf8')) as Record<string, {message: string}>,
    )
      .filter(([, v]) => SPACED_PERCENT.test(v.message))
      .map(([k]) => `i18n/en/code.json ${k}`);
    expect([...problems, ...messages]).toEqual([]);
  });
});
