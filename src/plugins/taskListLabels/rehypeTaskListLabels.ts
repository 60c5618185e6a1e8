// Rehype plugin: GFM task lists (`- [x] done`) render a disabled <input type="checkbox"> with no label, which
// Lighthouse and axe flag ("form elements do not have associated labels"). The item's own text is the label,
// so we copy it into aria-label on the checkbox.
import type {Element, ElementContent, Root} from 'hast';
import {visit} from 'unist-util-visit';

const isList = (node: ElementContent) => node.type === 'element' && (node.tagName === 'ul' || node.tagName === 'ol');

/** Text of a list item without its nested lists. */
function ownText(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element' || isList(node)) return '';
  return node.children.map(ownText).join('');
}

/** The item's checkbox: a direct child, or inside the item's paragraph in a loose list. */
function findCheckbox(item: Element): Element | undefined {
  for (const child of item.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === 'input' && child.properties.type === 'checkbox') return child;
    if (child.tagName === 'p') {
      const inParagraph = findCheckbox(child);
      if (inParagraph) return inParagraph;
    }
  }
  return undefined;
}

export default function rehypeTaskListLabels() {
  return (tree: Root): void => {
    visit(tree, 'element', (node) => {
      const className = node.properties.className;
      if (node.tagName !== 'li' || !Array.isArray(className) || !className.includes('task-list-item')) return;
      const checkbox = findCheckbox(node);
      const label = ownText(node).replace(/\s+/g, ' ').trim();
      if (checkbox && label && !checkbox.properties.ariaLabel) checkbox.properties.ariaLabel = label;
    });
  };
}
