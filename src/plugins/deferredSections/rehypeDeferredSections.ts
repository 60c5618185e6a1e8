// Rehype plugin: wraps each part of an MDX page that starts at an <h2> or <h3> (up to the next one) in
// <DeferredSection>, which shows the server's markup at load and makes the part live as the reader nears it
// (src/components/Deferred). The lead before the first <h2> is always in view at load and stays as it is.

interface HastNode {
  type: string;
  tagName?: string;
  name?: string;
  attributes?: unknown[];
  children?: HastNode[];
}

/** Name of the MDX component the parts are wrapped in (provided by src/theme/MDXComponents). */
export const SECTION_COMPONENT = 'DeferredSection';

const startsPart = (node: HastNode) => node.type === 'element' && (node.tagName === 'h2' || node.tagName === 'h3');

/** ESM (imports/exports) must stay at the top level of the MDX module. */
const isEsm = (node: HastNode) => node.type === 'mdxjsEsm';

export default function rehypeDeferredSections() {
  return (tree: HastNode) => {
    const kept: HastNode[] = [];
    let part: HastNode[] | null = null;
    for (const node of tree.children ?? []) {
      if (isEsm(node)) kept.push(node);
      else if (startsPart(node)) {
        part = [node];
        kept.push({type: 'mdxJsxFlowElement', name: SECTION_COMPONENT, attributes: [], children: part});
      } else if (part !== null) part.push(node);
      else kept.push(node);
    }
    tree.children = kept;
  };
}
