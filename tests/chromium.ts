/**
 * Debian's Chromium, as every browser test and tool here launches it (Playwright's own browser
 * download is unreachable). The flags keep it from calling home, which this network refuses.
 */
export const chromiumLaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
}
