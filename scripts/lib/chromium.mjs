// The one Chromium every script and the e2e suite drive: Debian's, unless CHROMIUM_PATH names another.
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Headless in a container with no GPU or sandbox support, and no background traffic to skew timings.
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];
