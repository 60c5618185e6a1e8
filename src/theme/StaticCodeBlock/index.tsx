import {useRef, type CSSProperties, type ReactNode} from 'react';
import clsx from 'clsx';
import CopyButton from './CopyButton';
import styles from './styles.module.css';
import './tokens.css';

interface Props {
  /** Escaped, tokenized lines produced at build time by src/plugins/staticCode. */
  html: string;
  title?: string;
  language?: string;
  lineNumberStart?: number;
}

// The code's HTML goes in with dangerouslySetInnerHTML: React hydrates one <code> element instead of a tree
// of thousands of token spans, and nothing is tokenized in the browser.
export default function StaticCodeBlock({html, title, language, lineNumberStart}: Props): ReactNode {
  const codeRef = useRef<HTMLElement>(null);
  const numbered = lineNumberStart !== undefined && Number.isFinite(lineNumberStart);
  const counterStyle = numbered ? ({counterReset: `code-line ${lineNumberStart - 1}`} as CSSProperties) : undefined;
  // Lines never wrap, so the line count predicts the block's height: the CSS uses it as the placeholder size
  // while the browser skips laying out blocks that are off-screen (content-visibility: auto).
  // Token markup never contains a raw newline, so newlines are exactly the line breaks.
  const lineCount = (html.match(/\n/g)?.length ?? 0) + 1;
  const blockStyle = {'--code-lines': lineCount} as CSSProperties;
  return (
    <div className={clsx('static-code-block', styles.block)} style={blockStyle} data-language={language}>
      <div className={styles.header}>
        {title ? (
          <span className={styles.title}>{title}</span>
        ) : (
          <span className={styles.language}>{language ?? ''}</span>
        )}
        <CopyButton codeRef={codeRef} />
      </div>
      {/* tabIndex: the block scrolls sideways on narrow screens, so keyboard users must be able to reach it. */}
      <pre className={styles.pre} tabIndex={0}>
        <code
          ref={codeRef}
          className={clsx(language && `language-${language}`, numbered && 'code-numbered')}
          style={counterStyle}
          dangerouslySetInnerHTML={{__html: html}}
        />
      </pre>
    </div>
  );
}
