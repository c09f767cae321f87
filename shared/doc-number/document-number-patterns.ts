// Patterns run on text folded by foldFullWidth (so （［ are ( [ and digits are ASCII). Each starts
// on a fixed anchor (a bracket, 令, 公告) with bounded quantifiers; the issuer is read backwards
// from the anchor in code, because a leading `[\u4e00-\u9fff]+` would rescan every Han run
// from each of its characters.

const SP = '[ \\t\\u00a0]{0,2}';

/** 〔2021〕1号, [2026]220号, (2021)第3号, mixed pairs. Groups: year, serial. */
export const BRACKET_NUMBER = new RegExp(
  `[〔[【(﹝〖]${SP}(\\d{4})${SP}[〕\\]】)﹞〗]${SP}(?:第${SP})?(\\d{1,6})${SP}号`,
  'g',
);

/** 令第24号, 令第四十三号. Group: serial (Arabic or Chinese numerals). */
export const ORDER_NUMBER = new RegExp(
  `令${SP}第${SP}(\\d{1,6}|[零〇一二两三四五六七八九十百千]{1,8})${SP}号`,
  'g',
);

/** 公告2021年第1号, 公告第123号. Groups: year?, serial. */
export const ANNOUNCEMENT_NUMBER = new RegExp(
  `公告${SP}(?:(\\d{4})${SP}年${SP})?第${SP}(\\d{1,6})${SP}号`,
  'g',
);

// Orders and announcements come from bodies (国务院, 科学技术部, 国家知识产权局, 主席, 人民政府,
// 中国人民银行, 海关总署 …); this keeps 命令第3号 or 本公告第2号 out.
export const BODY_SUFFIX = /[部局委会署行院府席厅办室处司]$/;
