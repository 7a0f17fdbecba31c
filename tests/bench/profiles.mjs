// The devices the comparison measures on. `phone` is Lighthouse's mobile emulation: a 4× CPU
// slowdown, 150 ms of latency per request, 1.6 Mbit/s down and 750 kbit/s up, a 390×844
// viewport at 3 device pixels per CSS pixel, touch. `desktop` is this machine unthrottled, as
// the desktop benchmark measures it.

export const PROFILES = {
  desktop: {
    name: 'desktop',
    context: { viewport: { width: 1280, height: 900 } },
    cpuSlowdown: 1,
    network: null,
    touch: false,
  },
  phone: {
    name: 'phone',
    context: {
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 3,
      isMobile: true,
      hasTouch: true,
    },
    cpuSlowdown: 4,
    // Bytes per second. CDP adds `latency` to each request, from the request to its headers.
    network: { latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 },
    touch: true,
  },
};

/**
 * Applies the profile's throttling to `page` before it navigates; it holds for later
 * navigations of the same page (the repeat visit).
 */
export async function throttle(page, profile) {
  if (profile.cpuSlowdown === 1 && !profile.network) return;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpuSlowdown });
  if (profile.network) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...profile.network });
  }
}

/** Taps (touch) or clicks (mouse) at a point, as the profile's reader would. */
export function press(page, profile, { x, y }) {
  return profile.touch ? page.touchscreen.tap(x, y) : page.mouse.click(x, y);
}
