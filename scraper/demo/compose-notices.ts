// The older notices of each replica list ("archive"), composed deterministically: real lists
// show 15–20 entries a page over many pages, and a crawler's incremental behaviour only shows
// against lists of that length. Titles follow the family's real title patterns; notice bodies
// are runs of real policy paragraphs (text-bank.ts), institute news follows the set phrases of
// such news. The same seed gives the same notices on every run and machine.
import { composeNewsBody, composeNoticeBody, createRandom, type Random } from './compose-bodies.ts';
import {
  NATIONAL_PROGRAMS,
  NOTICE_TITLES,
  PROVINCIAL_PLANS,
  RECOGNITIONS,
  WORKS,
} from './compose-vocabulary.ts';
import {
  FIELDS,
  LEADERS,
  MINISTRY_LEADERS,
  MINISTRY_MEETINGS,
  MINISTRY_TOPICS,
  PROVINCES,
} from './news-vocabulary.ts';
import type { DemoNotice } from './replica-types.ts';

export type ComposeStyle = 'national' | 'local' | 'news' | 'ministry-news';

/** What decides a composed notice's wording. */
export interface ComposeStyleOptions {
  style: ComposeStyle;
  /** The issuer as titles and signatures name it: 甘肃省科学技术厅, 国家授时中心. */
  org: string;
  /** Province or city in titles (`local`): 甘肃省. */
  place?: string;
  /** Research fields of institute news. */
  fields?: keyof typeof FIELDS;
  addressee?: string;
}

export interface ComposeOptions extends ComposeStyleOptions {
  seed: number;
  count: number;
  publisher: string;
  /** Notices are dated before this ISO date, a few days apart. */
  before: string;
  /** The notice's root-relative path from its date and index. */
  path: (date: string, index: number, random: Random) => string;
}

const pick = <T>(items: readonly T[], random: Random): T =>
  items[Math.floor(random() * items.length)]!;

function fill(template: string, year: string, o: ComposeStyleOptions, random: Random): string {
  return template
    .replaceAll('{year}', year)
    .replaceAll('{org}', o.org)
    .replaceAll('{place}', o.place ?? '')
    .replaceAll('{a}', pick(o.style === 'national' ? NATIONAL_PROGRAMS : PROVINCIAL_PLANS, random))
    .replaceAll('{b}', pick(WORKS, random))
    .replaceAll('{c}', pick(RECOGNITIONS, random));
}

function newsTitle(o: ComposeStyleOptions, year: string, random: Random): string {
  if (o.style === 'ministry-news') {
    return random() < 0.6
      ? `${o.org}召开${year}年${pick(MINISTRY_MEETINGS, random)}`
      : `${o.org}与${pick(PROVINCES, random)}人民政府召开部省工作会商会议`;
  }
  const field = pick(FIELDS[o.fields ?? 'ntsc'], random);
  const r = random();
  if (r < 0.4) return `${o.org}在${field}研究中取得新进展`;
  if (r < 0.7)
    return `${o.org}召开${year}年${pick(['年度工作会议', '科技成果转化工作推进会', '学术委员会会议', '安全生产工作会议'], random)}`;
  return `${o.org}举办${pick(['青年学术论坛', '科研进展报告会', '公众科学日活动', '研究生学术年会'], random)}`;
}

function isoDaysBefore(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

/** A title of the style's patterns for a notice of that year. */
export function composeTitle(o: ComposeStyleOptions, year: string, random: Random): string {
  return o.style === 'national' || o.style === 'local'
    ? fill(pick(NOTICE_TITLES[o.style], random), year, o, random)
    : newsTitle(o, year, random);
}

/** The body of a notice with that title and date. */
export function composeBody(o: ComposeStyleOptions, title: string, date: string, random: Random) {
  if (o.style === 'national' || o.style === 'local') {
    return composeNoticeBody({ org: o.org, date, addressee: o.addressee }, random);
  }
  const ministry = o.style === 'ministry-news';
  return composeNewsBody(
    {
      org: o.org,
      title,
      date,
      fields: ministry ? MINISTRY_TOPICS : FIELDS[o.fields ?? 'ntsc'],
      leaders: ministry ? MINISTRY_LEADERS : LEADERS,
    },
    random,
  );
}

export function composeNotices(o: ComposeOptions): DemoNotice[] {
  const random = createRandom(o.seed);
  const notices: DemoNotice[] = [];
  const titles = new Set<string>();
  let date = o.before;
  for (let i = 0; i < o.count; i++) {
    date = isoDaysBefore(date, 2 + Math.floor(random() * 8));
    let title = '';
    // Composed titles repeat now and then; a list never shows one title twice.
    for (let tries = 0; !title || (titles.has(title) && tries < 20); tries++) {
      title = composeTitle(o, date.slice(0, 4), random);
    }
    titles.add(title);
    notices.push({
      path: o.path(date, i, random),
      title,
      date,
      publisher: o.publisher,
      paragraphs: composeBody(o, title, date, random),
    });
  }
  return notices;
}
