// Every diagram on a page gets its light print copy (src/theme/Mermaid/printCopies.ts) once the page is idle
// after load, so a print shows drawings even for diagrams the reader never scrolled to. Client-side navigation
// to another page does the same for that page.
import type {ClientModule} from '@docusaurus/types';
import {whenIdleAfterLoad} from '../components/shared/printReady';
import {DIAGRAM_ATTRIBUTE, renderPrintCopies} from '../theme/Mermaid/printCopies';

function prepare(): void {
  whenIdleAfterLoad(() => {
    // Pages without a diagram never download mermaid.
    if (document.querySelector(`[${DIAGRAM_ATTRIBUTE}]`) !== null) void renderPrintCopies();
  });
}

const clientModule: ClientModule = {
  onRouteDidUpdate({previousLocation, location}) {
    // The first call (initial load) and every change of page, not a hash or query change on the same page.
    if (previousLocation === null || previousLocation.pathname !== location.pathname) prepare();
  },
};

export default clientModule;
