// The guide's pages as files, in reading order, for tests that read the MDX: the first page
// (east-west-traffic.mdx), the parts under east-west-traffic/ ordered by sidebar_position, then the page on
// measuring your traffic, which follows them in the sidebar; the unlisted print view, which only imports the
// parts, is left out.
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '..', '..');
export const LOCALE_DOCS = {
  ko: path.join(root, 'docs'),
  en: path.join(root, 'i18n', 'en', 'docusaurus-plugin-content-docs', 'current'),
} as const;

export interface GuidePageFile {
  /** File name relative to the docs folder, e.g. east-west-traffic/monitoring.mdx. */
  readonly name: string;
  readonly text: string;
}

function position(text: string): number {
  return Number(/^sidebar_position:\s*(\d+)/m.exec(text)?.[1] ?? Number.POSITIVE_INFINITY);
}

export function guidePages(locale: keyof typeof LOCALE_DOCS): GuidePageFile[] {
  const dir = LOCALE_DOCS[locale];
  const names = [
    'east-west-traffic.mdx',
    ...readdirSync(path.join(dir, 'east-west-traffic'))
      .filter((n) => n.endsWith('.mdx'))
      .map((n) => `east-west-traffic/${n}`),
  ];
  const parts = names
    .map((name) => ({name, text: readFileSync(path.join(dir, name), 'utf8')}))
    .filter((page) => !/^unlisted:\s*true/m.test(page.text))
    .sort((a, b) => position(a.text) - position(b.text));
  const measure = 'measure-east-west-traffic.mdx';
  return [...parts, {name: measure, text: readFileSync(path.join(dir, measure), 'utf8')}];
}

/** The pages' bodies (front matter removed) joined in reading order: the whole guide as one text. */
export function wholeGuide(locale: keyof typeof LOCALE_DOCS): string {
  return guidePages(locale)
    .map((page) => page.text.replace(/^---\n[\s\S]*?\n---\n/, ''))
    .join('\n');
}
