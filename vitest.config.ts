import {fileURLToPath} from 'node:url';
import {defineConfig} from 'vitest/config';

// Unit and component tests only; the real-browser suite lives in tests/e2e and runs through scripts/e2e.mjs.
export default defineConfig({
  // tsconfig keeps "jsx": "preserve" for Docusaurus' own bundler; tests need the automatic React runtime.
  oxc: {jsx: {runtime: 'automatic'}},
  resolve: {
    // Component tests render widgets outside Docusaurus: its client modules resolve to small stubs
    // (src/components/test-utils/docusaurus) whose locale a test sets with setTestLocale().
    alias: [
      {
        find: /^@docusaurus\/(Translate|useDocusaurusContext|BrowserOnly|Link|Head|useBaseUrl|useIsBrowser|router|useBrokenLinks|useGlobalData)$/,
        replacement: fileURLToPath(new URL('./src/components/test-utils/docusaurus/$1', import.meta.url)),
      },
      {
        find: /^@theme\/Layout$/,
        replacement: fileURLToPath(new URL('./src/components/test-utils/docusaurus/Layout', import.meta.url)),
      },
    ],
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
  },
});
