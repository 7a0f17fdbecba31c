import { defineConfig, devices } from '@playwright/test';
import path from 'node:path';
// Debian's Chromium, quiet and offline; the benchmark launches it with the same flags.
import CHROMIUM_FLAGS from '../chromium-flags.json';

// One release build (scripts/test.sh) served under a sub-path on 127.0.0.1; PW_PORT moves it
// (and the second origin, one above) so two builds can be tested side by side.
const PORT = Number(process.env.PW_PORT ?? 4173);
export const APP_URL = `http://127.0.0.1:${PORT}/timeline/`;
/** The app's origin with its slash: every request of the app's own goes there. */
export const APP_ORIGIN = `http://127.0.0.1:${PORT}/`;

export default defineConfig({
  testDir: '.',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  workers: 2,
  reporter: [['list']],
  use: {
    baseURL: APP_URL,
    // The build registers a service worker; only tests/e2e/offline.spec.ts lets it run, so
    // every other test reads the files as served (and its page.route sees every request).
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: CHROMIUM_FLAGS,
    },
  },
  projects: [
    { name: 'desktop', use: { viewport: { width: 1280, height: 900 } } },
  ],
  // The same files on two origins: 127.0.0.1:4173 (the app, and a host page for the embed
  // tests) and localhost:4174 (the app as a cross-origin iframe).
  webServer: [
    {
      command: `python3 -m http.server ${PORT} --bind 127.0.0.1 --directory target/site`,
      cwd: path.resolve(__dirname, '../..'),
      url: APP_URL,
      reuseExistingServer: false,
      stderr: 'ignore',
    },
    {
      command: `python3 -m http.server ${PORT + 1} --bind 127.0.0.1 --directory target/site`,
      cwd: path.resolve(__dirname, '../..'),
      url: `http://127.0.0.1:${PORT + 1}/timeline/`,
      reuseExistingServer: false,
      stderr: 'ignore',
    },
  ],
});
