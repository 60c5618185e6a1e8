import {readdirSync, readFileSync, existsSync} from 'node:fs';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {GUIDE_ANCHORS_PLUGIN, type GuideAnchors} from '../../routes/guide';
import {buildGuideAnchors, type GuideSource} from './anchorMap';

/** The folder holding the current locale's docs (the default locale's are in docs/). */
export function localeDocsDir(siteDir: string, locale: string, defaultLocale: string): string {
  return locale === defaultLocale
    ? path.join(siteDir, 'docs')
    : path.join(siteDir, 'i18n', locale, 'docusaurus-plugin-content-docs', 'current');
}

/** The guide's MDX in one docs folder: east-west-traffic.mdx and the pages under east-west-traffic/. */
export function readGuideSources(docsDir: string): GuideSource[] {
  const sources: GuideSource[] = [
    {docPath: 'east-west-traffic', text: readFileSync(path.join(docsDir, 'east-west-traffic.mdx'), 'utf8')},
  ];
  const pageDir = path.join(docsDir, 'east-west-traffic');
  if (existsSync(pageDir)) {
    for (const name of readdirSync(pageDir).sort()) {
      if (!name.endsWith('.mdx')) continue;
      sources.push({
        docPath: `east-west-traffic/${name.replace(/\.mdx$/, '')}`,
        text: readFileSync(path.join(pageDir, name), 'utf8'),
      });
    }
  }
  return sources;
}

/**
 * Publishes which guide page holds which id (global data, see src/routes/guide.ts), read from the current
 * locale's pages at build time: widgets link straight to the right page, and old single-page links are sent on.
 */
export default function guideAnchorsPlugin(context: LoadContext): Plugin {
  const docsDir = localeDocsDir(context.siteDir, context.i18n.currentLocale, context.i18n.defaultLocale);
  return {
    name: GUIDE_ANCHORS_PLUGIN,
    contentLoaded: async ({actions}) => {
      const anchors: GuideAnchors = buildGuideAnchors(readGuideSources(docsDir));
      actions.setGlobalData(anchors);
    },
    getPathsToWatch: () => [
      path.join(docsDir, 'east-west-traffic.mdx'),
      path.join(docsDir, 'east-west-traffic', '*.mdx'),
    ],
  };
}
