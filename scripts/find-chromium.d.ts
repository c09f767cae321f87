/** The path of a Chromium for Playwright on this machine, if there is one. */
export function findChromium(): string | undefined;
