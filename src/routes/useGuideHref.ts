import {usePluginData} from '@docusaurus/useGlobalData';
import {GUIDE_ANCHORS_PLUGIN, guideHref, type GuideAnchors} from './guide';

export function useGuideAnchors(): GuideAnchors {
  return usePluginData(GUIDE_ANCHORS_PLUGIN) as GuideAnchors;
}

/** `(id) => path#id` on the guide page that holds the id (a Link `to`: Link adds baseUrl and locale). */
export function useGuideHref(): (id: string) => string {
  const anchors = useGuideAnchors();
  return (id) => guideHref(anchors, id);
}
