import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // End-to-end tests start real clients, child processes and a database server.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
