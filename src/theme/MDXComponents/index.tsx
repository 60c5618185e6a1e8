import type {ReactNode} from 'react';
import MDXComponents from '@theme-original/MDXComponents';
import Deferred from '@site/src/components/Deferred';

/**
 * A part of a guide page (src/plugins/deferredSections), live as the reader nears it. Prose reads the same
 * inert or live, so it goes live closer to the viewport than the widgets do (fewer parts at page load).
 */
function DeferredSection({children}: {children?: ReactNode}): ReactNode {
  return (
    <Deferred layout="contents" className="deferred-section" activationScreens={0.5}>
      {children}
    </Deferred>
  );
}

export default {...MDXComponents, DeferredSection};
