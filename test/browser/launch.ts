/** How the browser tests launch Debian's Chromium (never a downloaded browser). */
export const launchOptions = {
  executablePath: process.env.CARELLM_CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};
