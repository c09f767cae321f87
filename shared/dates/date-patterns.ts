// Every pattern runs on text folded by foldFullWidth (so ２０２１ and １５：１１ are ASCII here).
// Quantifiers are bounded and each pattern starts on a fixed anchor, so a scan stays linear
// even over a megabyte of digits.

// Horizontal space only: a time on the next line belongs to something else.
const SP = '[ \\t\\u00a0]';

// `15:11`, `15:11:05`; `(?!\d)` stops `15:111` from reading as 15:11.
const CLOCK = '(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?!\\d)';

/** 2021年12月06日, 2021 年 1 月 25 日, then optionally 15:11 / 15时11分(05秒). Groups: y m d h mi s h mi s. */
export const HAN_DATE = new RegExp(
  `(?<!\\d)(\\d{4})${SP}{0,2}年${SP}{0,2}(\\d{1,2})${SP}{0,2}月${SP}{0,2}(\\d{1,2})${SP}{0,2}日` +
    `(?:${SP}{0,4}(?:${CLOCK}|(\\d{1,2})[时点](\\d{1,2})分(?:(\\d{1,2})秒)?))?`,
  'g',
);

/** 2021-12-06, 2021/4/9, 2021.12.06 (one separator throughout), optional time. Groups: y sep m d h mi s. */
export const NUMERIC_DATE = new RegExp(
  `(?<!\\d)(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})(?!\\d)(?:(?:T|${SP}{1,4})${CLOCK})?`,
  'g',
);

/** 22.10.2018  10:42 — day first, dots only (slashes would be ambiguous with US order). Groups: d m y h mi s. */
export const DAY_FIRST_DATE = new RegExp(
  `(?<!\\d)(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?!\\d)(?:${SP}{1,4}${CLOCK})?`,
  'g',
);

const HAN_DIGIT = '[〇○◯O零一二三四五六七八九]';
const HAN_ONE_TO_NINE = '[一二三四五六七八九]';

/** 二〇二一年一月二十五日 (closing signatures). Groups: y m d as numerals. */
export const NUMERAL_DATE = new RegExp(
  `(?<![〇○◯O零一二三四五六七八九十])(${HAN_DIGIT}{4})${SP}{0,2}年${SP}{0,2}` +
    `(十[一二]?|元|${HAN_ONE_TO_NINE})${SP}{0,2}月${SP}{0,2}` +
    `(三十一?|二十${HAN_ONE_TO_NINE}?|廿${HAN_ONE_TO_NINE}?|十${HAN_ONE_TO_NINE}?|${HAN_ONE_TO_NINE})${SP}{0,2}日`,
  'g',
);

/** A whole numeric date ending right here: lets a range `2021.12.01-2021.12.31` through. */
export const DATE_BEFORE = /\d{4}([-/.])\d{1,2}\1\d{1,2}$/;
/** A whole numeric date starting right here. */
export const DATE_AHEAD = /\d{4}([-/.])\d{1,2}\1\d{1,2}(?!\d)/y;
