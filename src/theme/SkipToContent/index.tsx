/**
 * The theme's "skip to main content" link, with one rule changed. After a navigation Docusaurus puts focus back
 * at the top of the page (on this link's region), so that Tab reaches the skip link first; it does so for every
 * pushed location without a hash, and so also when only the query changed. Here only a change of page counts:
 * the simulator writes its inputs to the query through the router while the reader drags a slider or types, and
 * focus must stay on that control.
 */
import {useHistory} from '@docusaurus/router';
import {translate} from '@docusaurus/Translate';
import {SkipToContentFallbackId} from '@docusaurus/theme-common';
import {useLocationChange} from '@docusaurus/theme-common/internal';
import {useRef, type MouseEvent, type ReactNode} from 'react';
import styles from './styles.module.css';

/** Focuses an element that is not in the tab order, without leaving it there. */
function focusOnce(element: HTMLElement | null): void {
  if (element === null) return;
  element.setAttribute('tabindex', '-1');
  element.focus();
  element.removeAttribute('tabindex');
}

export default function SkipToContent(): ReactNode {
  const regionRef = useRef<HTMLDivElement>(null);
  const history = useHistory();
  const label = translate({
    id: 'theme.common.skipToMainContent',
    message: 'Skip to main content',
    description: 'The skip-to-content link, the first thing keyboard users reach on every page',
  });

  useLocationChange(({location, previousLocation}) => {
    const newPage = location.pathname !== previousLocation?.pathname;
    if (history.action === 'PUSH' && location.hash === '' && newPage) focusOnce(regionRef.current);
  });

  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    // <main> when the page has one (JavaScript on), else the layout's fallback target, as the theme does.
    focusOnce(document.querySelector<HTMLElement>('main') ?? document.getElementById(SkipToContentFallbackId));
  };

  return (
    <div ref={regionRef} role="region" aria-label={label}>
      <a className={styles.link} href={`#${SkipToContentFallbackId}`} onClick={skip}>
        {label}
      </a>
    </div>
  );
}
