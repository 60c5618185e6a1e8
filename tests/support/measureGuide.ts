/**
 * The measuring guide's section ids, in page order, as the issue that introduced the page names them (each ends
 * in "what number to bring to the simulator"), then its references. Shared by the unit test that reads the MDX
 * and the e2e test that opens the built page.
 */
export const MEASURE_GUIDE_SECTION_IDS = [
  'what-the-bill-counts',
  'cost-explorer',
  'cur',
  'vpc-flow-logs',
  'cilium-hubble',
  'kubecost',
  'from-measurement-to-simulator',
] as const;

export const MEASURE_GUIDE_IDS = [...MEASURE_GUIDE_SECTION_IDS, 'measure-references'] as const;
