import { makeChineseDate } from './calendar.ts';
import type { ChineseDate } from './chinese-date.ts';

// In order of trust. A TRS stamp names the day the notice was made (`./202112/t20211206_4567.html`);
// a Hanweb path (`art/2021/12/6/art_123_456.html`) likewise; bare date folders come last. A
// six-digit month folder alone (`/202112/`) is not a day. Queries stay in: a pdf.js wrapper
// (`viewer.html?file=/202112/t20211206_1.pdf`) names its document there.
const URL_STAMPS: readonly RegExp[] = [
  /(?<![A-Za-z0-9])t(\d{4})(\d{2})(\d{2})_\d/g,
  /\/art\/(\d{4})\/(\d{1,2})\/(\d{1,2})\/art_\d/g,
  /\/(\d{4})-(\d{1,2})\/(\d{1,2})(?=\/)/g,
  /\/(\d{4})(\d{2})(\d{2})(?=\/)/g,
];

/** The date a URL is stamped with, or null when it carries no clear stamp. */
export function dateFromUrl(url: string): ChineseDate | null {
  const path = url.replace(/#.*$/s, '');
  for (const stamp of URL_STAMPS) {
    for (const m of path.matchAll(stamp)) {
      const date = makeChineseDate({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) });
      if (date) return date;
    }
  }
  return null;
}
