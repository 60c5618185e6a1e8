import {useEffect, useRef, useState, type ReactNode, type RefObject} from 'react';
import {translate} from '@docusaurus/Translate';
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

async function copyText(text: string, element: HTMLElement): Promise<void> {
  if (navigator.clipboard) {
    await navigator.clipboard.writeText(text);
    return;
  }
  // No Clipboard API outside secure contexts (plain http on a LAN): select the code and use the legacy command.
  const range = document.createRange();
  range.selectNodeContents(element);
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  const ok = document.execCommand('copy');
  selection?.removeAllRanges();
  if (!ok) throw new Error('copy failed');
}

export default function CopyButton({codeRef}: {codeRef: RefObject<HTMLElement | null>}): ReactNode {
  const [copied, setCopied] = useState(false);
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const onClick = () => {
    const code = codeRef.current;
    if (!code) return;
    copyText(code.textContent ?? '', code).then(() => {
      setCopied(true);
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => setCopied(false), 2000);
    }, () => setCopied(false));
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
