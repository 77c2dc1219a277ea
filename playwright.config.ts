import { defineConfig } from '@playwright/test';

// Browser tests run in Debian's Chromium (/usr/bin/chromium): Playwright's own browser
// download is not available here. scripts/test.mjs starts the server and passes its
// address in PLEIT_BASE_URL.
export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 1,
  // one retry under CI: a test that passes only on its retry is reported as flaky by name
  // at the end of `npm test` (scripts/test.mjs), not hidden
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : [['list']],
  use: {
    baseURL: process.env.PLEIT_BASE_URL ?? 'http://127.0.0.1:3000',
    // a trace of a test's retry only: recording one for every test cost 15 % of the browser
    // tests' time (measured on first-hour and sharing: 152 s with, 130 s without)
    trace: 'on-first-retry',
    launchOptions: {
      executablePath: process.env.PLEIT_CHROMIUM ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    },
  },
});
