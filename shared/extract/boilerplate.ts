// What on a government page is not the notice, line by line: the fixed phrases of toolbars,
// share boxes, QR prompts, footers and editor credits, wherever they stand.

// A line made only of toolbar words (【字号：大 中 小】, [打印本页] [关闭窗口], 分享到：…) is
// furniture wherever it stands. The words are removed longest first; what remains must be
// brackets, separators or nothing.
const TOOL_WORDS =
  /扫一扫在手机(?:上)?打开(?:当前|本)页(?:面)?|(?:用)?手机扫(?:一扫|码)|放大字体|缩小字体|默认字体|字号|字体|打印本页|打印此页|打印文章|打印|关闭窗口|关闭本页|关闭|返回顶部|回到顶部|返回|我要纠错|纠错|收藏本页|收藏|分享到|分享至|分享|微信|微博|QQ空间|保存|视力保护色|护眼模式|浏览次数|阅读次数|点击数|阅读量|默认|标准|正常|放大|缩小|[大中小]/g;
const LEFTOVER = /^[\s\d[\]【】()（）:：|｜/\\·•,，.。、>＞<＜-]*$/;

const SENTENCE = /[，。；！？]/;

/** Footer markers that do not occur in a notice's own text. */
const FOOTER_STRONG = /ICP[备证]|公网安备|网站标识码|版权所有|备案(?:号|序号)|Copyright|©/i;
const FOOTER_WEAK =
  /主办单位|承办单位|协办单位|技术支持|网站地图|联系我们|关于我们|网站声明|隐私声明|建议使用.{0,20}浏览器|分辨率|主办[:：]|承办[:：]|维护[:：]/g;
const FOOTER_WEAK_ANY = new RegExp(FOOTER_WEAK.source);

/** Line-level furniture: the toolbar, share, QR and footer phrases of DESIGN.md. */
export function isFurnitureLine(text: string): boolean {
  if (isCreditLine(text)) return true;
  // Toolbars hold no sentence: skip the word list for the prose lines that are most lines.
  if (text.length <= 60 && !SENTENCE.test(text)) {
    // At least one toolbar word, and nothing else but brackets, separators and counts.
    const rest = text.replace(TOOL_WORDS, '');
    if (rest.length < text.length && LEFTOVER.test(rest)) return true;
  }
  if (text.length <= 200) {
    if (FOOTER_STRONG.test(text)) return true;
    if (FOOTER_WEAK_ANY.test(text) && (text.match(FOOTER_WEAK)?.length ?? 0) >= 2) return true;
  }
  // An image's file name shown as text (a missing picture, a bare `W020….jpg` caption).
  return /^[\w.()（）-]+\.(?:jpe?g|png|gif|bmp|webp|tiff?)$/i.test(text);
}

/** A whole line crediting the editor, reviewer or photographer (责任编辑：张三, 审核：李四). */
export function isCreditLine(text: string): boolean {
  return (
    text.length <= 40 &&
    /^[（(【[]?\s*(?:责任编辑|责编|编辑|审核|校对|初审|复审|终审|审校|摄影|供稿)\s*[:：]/.test(text)
  );
}

/** `（责任编辑：张三）` closing a paragraph: the credit goes, the paragraph stays. */
export function dropEditorCredit(text: string): string {
  if (!text.includes('责')) return text;
  return text
    .replace(/[（(【[]\s*(?:责任编辑|责编)\s*[:：][^）)】\]]{0,24}[）)】\]]/g, '')
    .replace(/\s*(?:责任编辑|责编)\s*[:：]\s*[^\s，。；]{1,12}$/, '')
    .trim();
}
