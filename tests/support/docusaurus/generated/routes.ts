// No route table: Link's prefetch/preload through the real window.docusaurus then finds nothing to load.
export default [];
