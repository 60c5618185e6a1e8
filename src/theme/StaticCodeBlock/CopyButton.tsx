import {useEffect, useRef, useState, type ReactNode, type RefObject} from 'react';
import {translate} from '@docusaurus/Translate';
import {copyText} from '@site/src/components/shared/clipboard';
import styles from './styles.module.css';

// The same translation ids as the theme's own copy button, so both locales are already translated.
const label = () =>
  translate({
    id: 'theme.CodeBlock.copy',
    message: 'Copy',
    description: 'The copy button label on code blocks',
  });
const copiedLabel = () =>
  translate({
    id: 'theme.CodeBlock.copied',
    message: 'Copied',
    description: 'The copied button label on code blocks',
  });
const ariaLabel = () =>
  translate({
    id: 'theme.CodeBlock.copyButtonAriaLabel',
    message: 'Copy code to clipboard',
    description: 'The ARIA label for copy code blocks button',
  });

export default function CopyButton({codeRef}: {codeRef: RefObject<HTMLElement | null>}): ReactNode {
  const [copied, setCopied] = useState(false);
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const onClick = () => {
    const code = codeRef.current;
    if (!code) return;
    void copyText(code.textContent ?? '', code).then((ok) => {
      setCopied(ok);
      window.clearTimeout(timer.current);
      if (ok) timer.current = window.setTimeout(() => setCopied(false), 2000);
    });
  };

  return (
    <>
      <button
        type="button"
        className={styles.copyButton}
        aria-label={copied ? copiedLabel() : ariaLabel()}
        onClick={onClick}>
        <span aria-hidden="true">{copied ? `✓ ${copiedLabel()}` : label()}</span>
      </button>
      {/* Announces the result to screen readers; the button's own label change is not always read out. */}
      <span className={styles.status} role="status">
        {copied ? copiedLabel() : ''}
      </span>
    </>
  );
}
