import {
  startTransition,
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type CSSProperties,
  type ReactNode,
} from 'react';
import clsx from 'clsx';
import {
  ACTIVATION_SCREENS,
  DEFERRED_ATTRIBUTE,
  QUERY_ATTRIBUTE,
  handOverFocus,
  handOverFrom,
  serverHtmlOf,
  type HandOver,
} from './serverHtml';
import {useNearViewport} from '../shared/nearViewport';
import styles from './styles.module.css';

export interface DeferredProps {
  readonly children?: ReactNode;
  /**
   * 'block' (default): the wrapper is an ordinary block. 'contents': the wrapper generates no box, so CSS that
   * targets the children of `.markdown` (heading and paragraph rhythm) sees them as before.
   */
  readonly layout?: 'block' | 'contents';
  /** Extra class on the wrapper (global CSS can target it). */
  readonly className?: string;
  /**
   * Typical rendered height in px. When given, the browser skips style and layout of the part while it is
   * off-screen (content-visibility: auto) and reserves this height instead; once rendered, the real height
   * is remembered. Only for 'block' layout.
   */
  readonly estimatedHeight?: number;
  /**
   * How far below the viewport, in viewport heights, the part goes live (default 1); a part above the viewport
   * is near. A part that is already near when the page hydrates is hydrated in place.
   */
  readonly activationScreens?: number;
  /**
   * The content reads the page's query string (simulator inputs, filters): when the URL has one, the server's
   * markup (made for no query) is out of date, so the part — and any deferred part around it — hydrates at once.
   */
  readonly readsQuery?: boolean;
}

/**
 * Shows server-rendered content at page load and makes it live (React-rendered, interactive) only when it comes
 * within a screen of the viewport, or as soon as the reader touches or focuses it.
 *
 * The guide is long: hydrating all of it (five widgets, ~250 links, ~60 figures) held a phone's main thread for
 * hundreds of milliseconds before the reader could scroll. Until it goes live, a deferred part is the very
 * same markup (text, tables, default results, links), adopted as HTML that React does not walk; going live
 * renders the component in place, with the URL's inputs. On a client-side navigation (no server markup to
 * adopt) it renders live at once.
 */
export default function Deferred({
  children,
  layout = 'block',
  className,
  estimatedHeight,
  activationScreens = ACTIVATION_SCREENS,
  readsQuery = false,
}: DeferredProps): ReactNode {
  const id = useId();
  const ref = useRef<HTMLDivElement>(null);
  // Read once, during the first render: while hydrating, the server's markup is still in the document.
  const [serverHtml] = useState(() => serverHtmlOf(id, activationScreens));
  const [live, setLive] = useState(serverHtml === null);
  // What the reader touched or focused in the inert markup, when that is what made the part live.
  const handOver = useRef<HandOver | null>(null);

  const near = useNearViewport(ref, {screens: activationScreens});
  useEffect(() => {
    if (near && !live) startTransition(() => setLive(true));
  }, [near, live]);

  useEffect(() => {
    const box = ref.current;
    if (live || box === null) return undefined;
    const goLiveNow = (event: Event) => {
      handOver.current = handOverFrom(box, event);
      setLive(true); // from a discrete event: React renders it synchronously, before the next frame
    };
    box.addEventListener('pointerdown', goLiveNow, {once: true});
    box.addEventListener('focusin', goLiveNow, {once: true});
    return () => {
      box.removeEventListener('pointerdown', goLiveNow);
      box.removeEventListener('focusin', goLiveNow);
    };
  }, [live]);

  useLayoutEffect(() => {
    const box = ref.current;
    if (!live || box === null) return;
    // Set outside render, so the server's markup and the hydrating render agree; tests wait for it.
    box.dataset.live = 'true';
    // The live markup has the same shape as the inert copy: the reader's focus (and a text field's selection)
    // moves to the same place, so a tap or Tab that woke the part is not lost.
    const touched = handOver.current;
    handOver.current = null;
    if (touched !== null) handOverFocus(touched, box);
  }, [live]);

  const skipsOffscreen = layout === 'block' && estimatedHeight !== undefined;
  const attributes = {
    ref,
    [DEFERRED_ATTRIBUTE]: id,
    className:
      clsx(layout === 'contents' && styles.contents, skipsOffscreen && styles.skipsOffscreen, className) || undefined,
    style: skipsOffscreen ? ({'--deferred-height': `${estimatedHeight}px`} as CSSProperties) : undefined,
    [QUERY_ATTRIBUTE]: readsQuery ? '' : undefined,
  };
  return live ? (
    <div {...attributes}>{children}</div>
  ) : (
    <div {...attributes} dangerouslySetInnerHTML={{__html: serverHtml ?? ''}} />
  );
}
