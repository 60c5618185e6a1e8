// See routes.ts: no routes, so no chunks.
export default {};
