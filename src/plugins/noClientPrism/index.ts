import path from 'node:path';
import type {Plugin} from '@docusaurus/types';

/**
 * Drop the theme's Prism start-up module from every page.
 *
 * theme-classic registers a client module that imports prism-react-renderer and loads
 * `themeConfig.prism.additionalLanguages` into it on start-up, so Prism's grammars were built (and searched,
 * in Prism's insertBefore) in main.js before hydration on every page. Our code blocks are highlighted at
 * build time (src/plugins/staticCode) and src/theme/MDXComponents/Code no longer imports @theme/CodeBlock,
 * so nothing in the browser needs Prism. The module is swapped for an empty one on server and client alike,
 * so that a component that does use @theme/CodeBlock still renders the same on both sides (with
 * prism-react-renderer's built-in languages only).
 */
export default function noClientPrismPlugin(): Plugin {
  return {
    name: 'east-west-no-client-prism',
    configureWebpack(_config, _isServer, {currentBundler}) {
      const empty = path.join(__dirname, 'empty-module.js');
      return {
        plugins: [
          new currentBundler.instance.NormalModuleReplacementPlugin(
            /[\\/]theme-classic[\\/]lib[\\/]prism-include-languages(\.js)?$/,
            empty,
          ),
        ],
      };
    },
  };
}
