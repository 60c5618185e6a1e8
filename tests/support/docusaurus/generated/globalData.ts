// Stands in for the build's globalData: the guide's id → page map (src/plugins/guideAnchors), built from the
// current test locale's pages exactly as the plugin builds it, read at lookup time so a test can switch locale.
import {resolve} from 'node:path';
import {buildGuideAnchors} from '../../../../src/plugins/guideAnchors/anchorMap';
import {localeDocsDir, readGuideSources} from '../../../../src/plugins/guideAnchors';
import {GUIDE_ANCHORS_PLUGIN} from '../../../../src/routes/guide';
import {defaultLocale, siteLocale} from '../site';

const siteDir = resolve(import.meta.dirname, '../../../..');
const anchorsByLocale = new Map<string, ReturnType<typeof buildGuideAnchors>>();

function anchors(): ReturnType<typeof buildGuideAnchors> {
  const locale = siteLocale();
  let map = anchorsByLocale.get(locale);
  if (map === undefined) {
    map = buildGuideAnchors(readGuideSources(localeDocsDir(siteDir, locale, defaultLocale)));
    anchorsByLocale.set(locale, map);
  }
  return map;
}

const globalData = new Proxy<Record<string, unknown>>(
  {},
  {
    get: (_target, key) => (key === GUIDE_ANCHORS_PLUGIN ? {default: anchors()} : undefined),
    has: (_target, key) => key === GUIDE_ANCHORS_PLUGIN,
    ownKeys: () => [GUIDE_ANCHORS_PLUGIN],
    getOwnPropertyDescriptor: (_target, key) =>
      key === GUIDE_ANCHORS_PLUGIN ? {value: {default: anchors()}, enumerable: true, configurable: true} : undefined,
  },
);

export default globalData;
