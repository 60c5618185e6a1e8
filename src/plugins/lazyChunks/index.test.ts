import {describe, expect, it} from 'vitest';
import lazyChunksPlugin, {isRouteChunk} from './index';

const chunk = (name: string | null, initial: boolean) => ({name, canBeInitial: () => initial});

describe('lazyChunksPlugin', () => {
  it('lets only named async chunks (Docusaurus routes) feed the common chunk', () => {
    expect(isRouteChunk(chunk('content---docs-east-west-traffic-abc', false))).toBe(true);
    expect(isRouteChunk(chunk(null, false))).toBe(false); // import('mermaid') and its diagram chunks
    expect(isRouteChunk(chunk('main', true))).toBe(false); // the entry stays as it is
  });

  it('changes the client bundle only, and only the common cache group', () => {
    const plugin = lazyChunksPlugin();
    const configure = plugin.configureWebpack!.bind(plugin) as (...args: unknown[]) => unknown;
    expect(configure({}, true, {})).toEqual({});
    expect(configure({}, false, {})).toEqual({
      optimization: {splitChunks: {cacheGroups: {common: {chunks: isRouteChunk}}}},
    });
  });
});
