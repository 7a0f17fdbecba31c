import { defineConfig, devices } from '@playwright/test';
import path from 'node:path';

// One release build (scripts/test.sh) served under a sub-path on 127.0.0.1.
const PORT = 4173;
export const APP_URL = `http://127.0.0.1:${PORT}/timeline/`;

export default defineConfig({
  testDir: '.',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  workers: 2,
  reporter: [['list']],
  use: {
    baseURL: APP_URL,
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [
    { name: 'desktop', use: { viewport: { width: 1280, height: 900 } } },
  ],
  webServer: {
    command: `python3 -m http.server ${PORT} --bind 127.0.0.1 --directory target/site`,
    cwd: path.resolve(__dirname, '../..'),
    url: APP_URL,
    reuseExistingServer: false,
  },
});
