// Rehype plugin: GFM task lists (`- [x] done`) render a disabled <input type="checkbox"> with no label, which
// Lighthouse and axe flag ("form elements do not have associated labels"). The item's own text is the label,
// so we copy it into aria-label on the checkbox.

interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

function classes(node: HastNode): string[] {
  const value = node.properties?.className;
  return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/\s+/) : [];
}

/** Text of a list item without its nested lists. */
function ownText(node: HastNode): string {
  if (node.type === 'text') return node.value ?? '';
  if (node.tagName === 'ul' || node.tagName === 'ol') return '';
  return (node.children ?? []).map(ownText).join('');
}

function findCheckbox(node: HastNode): HastNode | null {
  for (const child of node.children ?? []) {
    if (child.tagName === 'input' && child.properties?.type === 'checkbox') return child;
    if (child.tagName === 'p') {
      const inParagraph = findCheckbox(child);
      if (inParagraph) return inParagraph;
    }
  }
  return null;
}

function visit(node: HastNode): void {
  if (node.tagName === 'li' && classes(node).includes('task-list-item')) {
    const checkbox = findCheckbox(node);
    const label = ownText(node).replace(/\s+/g, ' ').trim();
    if (checkbox && label && checkbox.properties && !checkbox.properties.ariaLabel) {
      checkbox.properties.ariaLabel = label;
    }
  }
  for (const child of node.children ?? []) visit(child);
}

export default function rehypeTaskListLabels() {
  return (tree: HastNode): void => visit(tree);
}
