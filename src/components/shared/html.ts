/** Escapes text for an HTML text node (not an attribute value): the code blocks build their markup as a string. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
