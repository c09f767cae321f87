// Links as the real sites write them: TRS lists link `./202101/t20210128_5872651.html`
// relative to the list's folder; other CMSs use root-relative paths.

/** `path` relative to the folder `dir` (`/xwdt/zhxw/`) when inside it, else root-relative. */
export function linkFrom(dir: string, path: string): string {
  return path.startsWith(dir) ? `./${path.slice(dir.length)}` : path;
}

/** The TRS detail path of a notice: `<dir>YYYYMM/tYYYYMMDD_<id>.<ext>`. */
export function trsDetailPath(dir: string, date: string, id: number, ext = 'html'): string {
  const d = date.replaceAll('-', '');
  return `${dir}${d.slice(0, 6)}/t${d}_${id}.${ext}`;
}
