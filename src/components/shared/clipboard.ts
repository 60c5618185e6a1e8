/**
 * Copies text, with the async Clipboard API where the page may use it, else with the legacy copy command on a
 * selection (there is no Clipboard API outside secure contexts, e.g. plain http on a LAN). `shown`, when
 * given, is an element already showing exactly that text: it is selected instead of a hidden textarea.
 * Resolves false when both ways fail.
 */
export async function copyText(text: string, shown?: HTMLElement): Promise<boolean> {
  try {
    if (navigator.clipboard !== undefined) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Permission denied or not a secure context: fall through to the legacy path.
  }
  const area = shown === undefined ? hiddenTextArea(text) : null;
  const range = document.createRange();
  const selection = window.getSelection();
  if (area !== null) area.select();
  else if (shown !== undefined) {
    range.selectNodeContents(shown);
    selection?.removeAllRanges();
    selection?.addRange(range);
  }
  let ok = false;
  try {
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  if (area !== null) area.remove();
  else selection?.removeAllRanges();
  return ok;
}

function hiddenTextArea(text: string): HTMLTextAreaElement {
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.appendChild(area);
  return area;
}
