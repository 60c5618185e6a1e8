// Print shows what a reader could expand: before printing, every <details data-print-open> on the page opens
// (CSS cannot open <details>). One listener for the whole page serves every widget on it.
export const PRINT_OPEN_ATTRIBUTE = 'data-print-open';

export function openDetailsForPrint(root: ParentNode = document): void {
  root.querySelectorAll<HTMLDetailsElement>(`details[${PRINT_OPEN_ATTRIBUTE}]`).forEach((details) => {
    details.open = true;
  });
}

// Client modules are also evaluated during the server render, where there is no window.
if (typeof window !== 'undefined') {
  window.addEventListener('beforeprint', () => openDetailsForPrint());
}
