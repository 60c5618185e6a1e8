import {defineConfig} from 'vitest/config';

// Real-browser tests against the production build (BUILD_DIR, default `build`), served by tests/e2e/global-setup.ts.
// Files run one after another: each drives its own Chromium, and two at once would overload a 2-core machine.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
  },
});
