/**
 * The theme's phone menu, built the first time the reader opens it. The theme builds it as soon as the page knows
 * it is on a phone, right after hydration, closed and out of view: on a guide page that is the whole guide's
 * sidebar, rendered in one synchronous pass inside the page load. Once built it stays, so that closing slides it
 * out as before. The menu's content (the page's own sidebar) is still registered at hydration, so the first
 * opening shows the same panel as every later one; `src/css/custom.css` gives that first opening its slide-in.
 */
import {useNavbarMobileSidebar} from '@docusaurus/theme-common/internal';
import MobileSidebar from '@theme-original/Navbar/MobileSidebar';
import {useState, type ReactNode} from 'react';

export default function MobileSidebarOnFirstOpen(): ReactNode {
  const {shown} = useNavbarMobileSidebar();
  const [opened, setOpened] = useState(false);
  // Set during render (React's pattern for state derived from a prop): React renders again before committing, so
  // the menu mounts in the very commit that opens it.
  if (shown && !opened) setOpened(true);
  return opened ? <MobileSidebar /> : null;
}
