// 中国科学院上海光学精密机械研究所 综合新闻 (www.siom.cas.cn): TRS paging with the page count in
// a variable (`var countPage = 2//共多少页`). Its first notice is the original of the
// traditional-Chinese mirror's copy (seed 000).
import { composeNotices } from '../compose-notices.ts';
import type { ReplicaSiteSpec } from '../replica-types.ts';
import { readDemoNotices } from '../repo-files.ts';
import { buildContent } from '../site-content.ts';
import { builtinProfile } from './builtin-profile.ts';
import { casTrsList } from './cas-trs.ts';
import { trsDetailPath } from './link-path.ts';

const DIR = '/xwzx/zhxw/';

export const siomSite: ReplicaSiteSpec = {
  id: 'siom',
  name: '中国科学院上海光学精密机械研究所',
  realOrigin: 'http://www.siom.cas.cn',
  profiles: [builtinProfile('siom-zhxw')],
  build() {
    const hand = readDemoNotices('siom/notices.json');
    const archive = composeNotices({
      seed: 1002,
      count: 26,
      style: 'news',
      org: '上海光机所',
      fields: 'siom',
      publisher: '综合处',
      before: hand[hand.length - 1]!.date,
      path: (date, i) => trsDetailPath(DIR, date, 5_790_000 - i * 4817),
    });
    return buildContent([
      casTrsList({
        profileId: 'siom-zhxw',
        dir: DIR,
        notices: [...hand, ...archive],
        perPage: 15,
        pager: (count, index) =>
          `var countPage = ${count}//共多少页\n        createPageHTML(countPage, ${index}, "index", "html");`,
      }),
    ]);
  },
};
