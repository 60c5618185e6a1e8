import MDXContent from '@theme-original/MDXContent';
import {memo} from 'react';
import {sameContent} from './sameContent';

/**
 * A page's MDX re-renders only when its content does. Docusaurus re-renders the route on every change of location,
 * and on a guide page the simulator and the scenario filter change the query while the reader drags a slider (a
 * history entry per edit burst, then a replace at most every 150 ms): re-rendering all of a long page's prose for
 * each write made the page's own slider lag (bench:interaction on latency-and-cost: p95 70 → 39 ms). The widgets
 * inside read the query themselves (useSimulationState, useScenarioFilter) and still update; nothing else in the
 * prose depends on it.
 */
export default memo(MDXContent, sameContent);
