// The build's broken-link checker is not part of component tests: collecting does nothing.
export default function useBrokenLinks() {
  return {collectLink: (_link: string | undefined) => undefined, collectAnchor: (_anchor: string | undefined) => undefined};
}
