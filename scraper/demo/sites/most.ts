// www.most.gov.cn: three profiles on one host (通知通告, 科技部工作, 法规政策), so the crawler's
// per-host politeness covers all three. Real MOST pages, seed 003, the site fixtures, and one
// notice with attachments (a PDF, a .docx, and a "PDF" link that answers with an HTML page).

import { composeNoticeBody, createRandom } from '../compose-bodies.ts';
import { composeNotices } from '../compose-notices.ts';
import type { DemoNotice, ReplicaSiteSpec } from '../replica-types.ts';
import { readDemoNotices } from '../repo-files.ts';
import { buildContent } from '../site-content.ts';
import { builtinProfile } from './builtin-profile.ts';
import { trsDetailPath } from './link-path.ts';
import { mostFgzcList } from './most-fgzc.ts';
import { mostKjbgzList } from './most-kjbgz.ts';
import { mostTztgList } from './most-tztg.ts';

const oldest = (notices: DemoNotice[]) => notices[notices.length - 1]!.date;

/** 法规政策 entries without a saved page get a body of real policy text. */
function withBodies(notices: DemoNotice[]): DemoNotice[] {
  const random = createRandom(2003);
  return notices.map((n) =>
    n.file || n.paragraphs.length > 0
      ? n
      : { ...n, paragraphs: composeNoticeBody({ org: n.publisher, date: n.date }, random) },
  );
}

export const mostSite: ReplicaSiteSpec = {
  id: 'most',
  name: '中华人民共和国科学技术部',
  realOrigin: 'https://www.most.gov.cn',
  profiles: [
    builtinProfile('most-tztg'),
    builtinProfile('most-kjbgz'),
    builtinProfile('most-fgzc'),
  ],
  build() {
    const tztg = readDemoNotices('most/tztg.json');
    const tztgArchive = composeNotices({
      seed: 2001,
      count: 39,
      style: 'national',
      org: '科技部',
      publisher: '科技部',
      before: oldest(tztg),
      addressee:
        '各省、自治区、直辖市及计划单列市科技厅（委、局），新疆生产建设兵团科技局，各有关单位：',
      path: (date, i) => trsDetailPath('/tztg/', date, 189_800 - i * 67),
    });
    const kjbgz = readDemoNotices('most/kjbgz.json');
    const kjbgzArchive = composeNotices({
      seed: 2002,
      count: 27,
      style: 'ministry-news',
      org: '科技部',
      publisher: '科技部',
      before: oldest(kjbgz),
      path: (date, i) => trsDetailPath('/kjbgz/', date, 178_200 - i * 59, 'htm'),
    });
    const fgzc = withBodies(readDemoNotices('most/fgzc.json'));
    const column = (c: string) => fgzc.filter((n) => n.column === c);
    return buildContent([
      mostTztgList([...tztg, ...tztgArchive], 15),
      mostKjbgzList([...kjbgz, ...kjbgzArchive], 15),
      mostFgzcList('flfg', column('flfg'), 8),
      mostFgzcList('bmgz', column('bmgz'), 8),
      mostFgzcList('gfxwj', column('gfxwj'), 8),
    ]);
  },
};
