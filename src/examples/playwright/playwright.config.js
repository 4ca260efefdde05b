import {defineConfig} from '@playwright/test';

const hostPort = Number(process.env.HOST_PORT || 8180);
const mockPort = Number(process.env.MOCK_PORT || 8181);

export default defineConfig({
  testDir: 'tests',
  reporter: 'list',
  use: {
    baseURL: `http://localhost:${hostPort}/?cti=http://127.0.0.1:${mockPort}/mock-cti.html`,
    // Any Chromium will do; CI machines here have Debian's (nothing downloads a browser).
    launchOptions: {executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: ['--no-sandbox']},
  },
  webServer: [
    // The mock CTI that dialpad-cti ships, on another origin than the page, as Dialpad is.
    {command: `npx dialpad-cti-mock --port ${mockPort}`, url: `http://127.0.0.1:${mockPort}/mock-cti.html`},
    {command: `node serve.mjs ${hostPort}`, url: `http://localhost:${hostPort}/`},
  ],
});
