// Real government text to build the replica's older ("archive") notices from: the bodies of
// the real MOST pages (tests/fixtures/golden). Paragraphs that mention a
// term of the sample rules are left out, so that composed notices never show up as matches
// that the hand-made notices of the demo are there to show.
import { readdirSync, readFileSync } from 'node:fs';
import { REPO_ROOT } from './repo-files.ts';

const GOLDEN_DIR = `${REPO_ROOT}tests/fixtures/golden/`;
const RULE_TERMS = /巡视|巡察|整改|党建|党组|民主生活会|理论学习|人工智能|\bAI\b|招聘/i;
// The laws, regulations and normative documents of the real MOST pages.
const SOURCES = /^most_golden_detail_.*\.body\.txt$/;
const ITEM_NUMBER =
  /^(?:第[一二三四五六七八九十百零]+条|[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+、)\s*/;

let cache: string[][] | undefined;

function usable(paragraph: string): boolean {
  return (
    paragraph.length >= 30 &&
    paragraph.length <= 320 &&
    !RULE_TERMS.test(paragraph) &&
    // Amendments (将第二十二条修改为…) only make sense inside the amending document.
    !/修改为|^(?:将|增加|删去|删除)/.test(paragraph) &&
    // Signatures, dates and list headings read wrong in the middle of another notice.
    // So do chapter headings, numbered lists and amendment histories.
    !/^(?:附件|第[一二三四五六七八九十百零]+章|\d+[.．、]|[（(])|[：:]$|\d{4}年\d{1,2}月\d{1,2}日$/.test(
      paragraph,
    )
  );
}

/** The policy documents as lists of usable paragraphs, each document in its own order. */
export function policyBank(): string[][] {
  if (cache) return cache;
  cache = readdirSync(GOLDEN_DIR)
    .filter((f) => SOURCES.test(f))
    .sort()
    .map((f) =>
      readFileSync(GOLDEN_DIR + f, 'utf8')
        .split('\n')
        // An article or item number belongs to its own document, not to a composed one.
        .map((line) => line.trim().replace(ITEM_NUMBER, ''))
        .filter(usable),
    )
    .filter((paragraphs) => paragraphs.length >= 3);
  return cache;
}
