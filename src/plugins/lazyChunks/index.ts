import type {Plugin} from '@docusaurus/types';

interface ChunkLike {
  name?: string | null;
  canBeInitial(): boolean;
}

/**
 * Keep lazily imported libraries (mermaid, chart code) out of Docusaurus' `common` chunk.
 *
 * Docusaurus moves every module shared by at least half of the async chunks into one chunk named `common`.
 * On a site with few pages that sweeps in mermaid's internals (shared by its many diagram chunks), and since a
 * route needs `common` for its own shared modules, the guide downloaded and parsed ~1.7 MB of mermaid before
 * it could hydrate. Only route chunks (named by Docusaurus' registry) now feed `common`; code behind an
 * unnamed dynamic import() stays in its own chunks and loads when that import runs.
 */
export function isRouteChunk(chunk: ChunkLike): boolean {
  return Boolean(chunk.name) && !chunk.canBeInitial();
}

export default function lazyChunksPlugin(): Plugin {
  return {
    name: 'east-west-lazy-chunks',
    configureWebpack(_config, isServer) {
      if (isServer) return {};
      return {optimization: {splitChunks: {cacheGroups: {common: {chunks: isRouteChunk}}}}};
    },
  };
}
