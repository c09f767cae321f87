// 中国科学院国家授时中心 综合新闻 (www.ntsc.ac.cn): TRS paging, seed 001, and the JS cookie
// challenge in front of every page, so the crawler has to come through the browser once.
import { composeNotices } from '../compose-notices.ts';
import type { ReplicaSiteSpec } from '../replica-types.ts';
import { readDemoNotices } from '../repo-files.ts';
import { buildContent } from '../site-content.ts';
import { builtinProfile } from './builtin-profile.ts';
import { casTrsList } from './cas-trs.ts';
import { trsDetailPath } from './link-path.ts';

const DIR = '/xwdt/zhxw/';

export const ntscSite: ReplicaSiteSpec = {
  id: 'ntsc',
  name: '中国科学院国家授时中心',
  realOrigin: 'https://www.ntsc.ac.cn',
  challenge: true,
  profiles: [builtinProfile('ntsc-zhxw')],
  build() {
    const hand = readDemoNotices('ntsc/notices.json');
    const archive = composeNotices({
      seed: 1001,
      count: 25,
      style: 'news',
      org: '国家授时中心',
      fields: 'ntsc',
      publisher: '综合办公室',
      before: hand[hand.length - 1]!.date,
      path: (date, i) => trsDetailPath(DIR, date, 5_850_000 - i * 5273),
    });
    return buildContent([
      casTrsList({ profileId: 'ntsc-zhxw', dir: DIR, notices: [...hand, ...archive], perPage: 15 }),
    ]);
  },
};
