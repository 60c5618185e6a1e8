import path from 'node:path';
import {buildGuideAnchors} from '../../../plugins/guideAnchors/anchorMap';
import {localeDocsDir, readGuideSources} from '../../../plugins/guideAnchors';
import {GUIDE_ANCHORS_PLUGIN} from '../../../routes/guide';
import {getTestLocale} from './siteState';

// Component tests get the real guide map, built from the current test locale's pages as the plugin does.
const siteDir = path.resolve(__dirname, '../../../..');

const cache = new Map<string, ReturnType<typeof buildGuideAnchors>>();

export function usePluginData(name: string): unknown {
  if (name !== GUIDE_ANCHORS_PLUGIN) throw new Error(`No test data for plugin ${name}`);
  const locale = getTestLocale();
  let anchors = cache.get(locale);
  if (anchors === undefined) {
    anchors = buildGuideAnchors(readGuideSources(localeDocsDir(siteDir, locale, 'ko')));
    cache.set(locale, anchors);
  }
  return anchors;
}

export default function useGlobalData(): Record<string, unknown> {
  return {[GUIDE_ANCHORS_PLUGIN]: {default: usePluginData(GUIDE_ANCHORS_PLUGIN)}};
}
