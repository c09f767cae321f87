// Full-width ASCII (U+FF01–FF5E) and the ideographic space map to one BMP character each, so
// offsets found in the folded text are offsets into the original.
const FULL_WIDTH = /[\uff01-\uff5e\u3000]/g;

export function foldFullWidth(text: string): string {
  return text.replace(FULL_WIDTH, (ch) =>
    ch === '\u3000' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0),
  );
}
