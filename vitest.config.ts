import {defineConfig} from 'vitest/config';

// Unit and component tests only; the real-browser suite lives in tests/e2e and runs through scripts/e2e.mjs.
export default defineConfig({
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
  },
});
