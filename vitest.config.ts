import {fileURLToPath} from 'node:url';
import {transformWithOxc, type Plugin} from 'vite';
import {defineConfig} from 'vitest/config';

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

// Docusaurus ships its client code (core, theme-common) as JSX in .js files, which Vite parses as plain JS:
// compile it first.
function docusaurusClientJsx(): Plugin {
  return {
    name: 'docusaurus-client-jsx',
    enforce: 'pre',
    async transform(code, id) {
      if (!/@docusaurus\/(core\/lib\/client|theme-common\/lib)\/.*\.js$/.test(id)) return null;
      const result = await transformWithOxc(code, id, {lang: 'jsx', jsx: {runtime: 'automatic'}});
      return {code: result.code, map: result.map};
    },
  };
}

// Unit and component tests only; the real-browser suite is vitest.e2e.config.ts.
export default defineConfig({
  // tsconfig keeps "jsx": "preserve" for Docusaurus' own bundler; tests need the automatic React runtime.
  oxc: {jsx: {runtime: 'automatic'}},
  plugins: [docusaurusClientJsx()],
  resolve: {
    // Component tests run Docusaurus' own client exports, as Docusaurus tests itself; only the build's
    // generated modules are stand-ins (tests/support/docusaurus/generated). See renderWithSite().
    alias: [
      {
        find: /^@docusaurus\/(BrowserOnly|ComponentCreator|constants|ErrorBoundary|ExecutionEnvironment|Head|Interpolate|isInternalUrl|Link|Noop|renderRoutes|router|Translate|use[A-Za-z]+)$/,
        replacement: here('./node_modules/@docusaurus/core/lib/client/exports/$1.js'),
      },
      {find: /^@generated\/(.+)$/, replacement: here('./tests/support/docusaurus/generated/$1.ts')},
      {find: /^@site\//, replacement: here('./')},
    ],
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}', 'tests/support/**/*.test.{ts,tsx}'],
    environment: 'node',
    // Run Docusaurus' client code through Vite, so the aliases above apply inside it too.
    server: {deps: {inline: [/@docusaurus\/core\/lib\/client/, /@docusaurus\/theme-common/]}},
  },
});
