// Bodies of composed notices (see compose-notices.ts): a notice is an addressee line, a run of
// consecutive paragraphs of one real policy document, and the closing signature; institute
// news is built from the set phrases such news is written in.
import { JOURNALS, MEETINGS, PROGRESS_NEWS, STATEMENTS } from './news-vocabulary.ts';
import { policyBank } from './text-bank.ts';

export type Random = () => number;

/** mulberry32: a small seeded PRNG, the same numbers on every run and machine. */
export function createRandom(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(items: readonly T[], random: Random): T =>
  items[Math.floor(random() * items.length)]!;

/** `2024-04-09` → `2024年4月9日`, as signatures write dates. */
export function chineseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

export function composeNoticeBody(
  o: { org: string; date: string; addressee?: string | undefined },
  random: Random,
): string[] {
  const bank = policyBank();
  const doc = pick(bank, random);
  const length = 2 + Math.floor(random() * 3);
  const start = Math.floor(random() * Math.max(1, doc.length - length));
  return [
    ...(o.addressee ? [o.addressee] : []),
    ...doc.slice(start, start + length),
    '特此通知。',
    o.org,
    chineseDate(o.date),
  ];
}

export function composeNewsBody(
  o: {
    org: string;
    title: string;
    date: string;
    fields: readonly string[];
    leaders: readonly string[];
  },
  random: Random,
): string[] {
  const [, m, d] = o.date.split('-').map(Number);
  const when = `${m}月${d}日${pick(['上午', '下午', ''], random)}`;
  const field = o.fields.find((f) => o.title.includes(f)) ?? pick(o.fields, random);
  const leader = pick(o.leaders, random);
  const [s1, s2, s3] = [
    pick(STATEMENTS, random),
    pick(STATEMENTS, random),
    pick(STATEMENTS, random),
  ];
  if (o.title.includes('进展')) {
    return PROGRESS_NEWS.map((choices) =>
      pick(choices, random)
        .replaceAll('{org}', o.org)
        .replaceAll('{field}', field)
        .replaceAll('{journal}', pick(JOURNALS, random))
        .replaceAll('{n}', String(2 + Math.floor(random() * 6))),
    ).filter(Boolean);
  }
  // The event as the title names it: 召开2020年安全生产工作会议 → 安全生产工作会议.
  const event = /(?:召开|举办)(?:\d{4}年)?(.+)$/.exec(o.title)?.[1] ?? pick(MEETINGS, random);
  const verb = o.title.includes('举办') ? '举办' : '召开';
  return [
    `${when}，${o.title.replace(/(?:召开|举办).*$/, '')}${verb}${event}。${leader}出席并讲话，有关单位和部门负责同志参加。`,
    `${leader}在讲话中指出，${s1}${s2 === s1 ? '' : s2}`,
    `会上，有关部门负责人通报了${field}等方面的工作进展，与会人员围绕下一步重点任务进行了交流讨论。`,
    `会议强调，${s3}`,
  ];
}
