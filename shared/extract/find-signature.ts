// The closing signature (落款): the issuing body and the date under the last paragraph,
// `中共遂宁市科学技术局党组 / 2021年1月25日` or `…党组 / 二〇二一年一月二十五日`. On many city
// and party pages it is the only date the notice has.
import { type ChineseDate, findChineseDates } from '../dates/parse-chinese-date.ts';
import { squash } from './find-title.ts';

export interface Signature {
  date?: ChineseDate;
  issuer?: string;
  /** Index (into the given lines) of the first signature line. */
  first: number;
}

const ORG_END =
  /(?:党组|党委|党工委|纪委|支部|总支|委员会|委員會|人民政府|政府|办公厅|办公室|辦公室|部|厅|廳|局|委|院|所|中心|会|會|站|处|科|司|署|馆|集团|公司|大学|学校)$/;

/** A short line naming an organisation, with no sentence in it. */
export function isIssuerLine(text: string): boolean {
  const t = text.replace(/[\s\u3000]+/g, ' ').trim();
  return t.length >= 3 && t.length <= 40 && !/[，。；：:！？、,;!?]/.test(t) && ORG_END.test(t);
}

/** The date when it is (nearly) all the line holds: `2021年1月25日`, `（2021年1月25日）`. */
export function lineDate(text: string): ChineseDate | undefined {
  const dates = findChineseDates(text);
  const d = dates[dates.length - 1];
  if (!d || dates.length > 1) return undefined;
  const rest = squash(text.slice(0, d.start) + text.slice(d.end)).replace(/[()（）[\]【】]/g, '');
  return rest.length <= 2 ? d : undefined;
}

function stripDate({ iso, year, month, day, hour, minute, second }: ChineseDate): ChineseDate {
  return { iso, year, month, day, hour, minute, second };
}

/** The signature among the last lines of a body (given as texts, in order). */
export function findSignature(texts: readonly string[]): Signature | undefined {
  const last = texts.length - 1;
  for (let i = last; i >= 0 && i >= last - 5; i--) {
    const text = texts[i] ?? '';
    const date = lineDate(text);
    if (date) {
      const before = texts[i - 1] ?? '';
      const issuer = isIssuerLine(before) ? before.trim() : undefined;
      return { date: stripDate(date), issuer, first: issuer ? i - 1 : i };
    }
    // `中共遂宁市科学技术局党组 2021年1月25日` on one line.
    const dates = findChineseDates(text);
    const d = dates[dates.length - 1];
    if (d && squash(text.slice(d.end)).length === 0 && isIssuerLine(text.slice(0, d.start))) {
      return { date: stripDate(d), issuer: text.slice(0, d.start).trim(), first: i };
    }
  }
  return undefined;
}
