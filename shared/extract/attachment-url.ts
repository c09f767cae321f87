// Which links are attachments: the extensions government sites publish files in (SITES.md),
// pdf.js viewer wrappers unwrapped, download scripts recognised by the file they name.

const FILE_EXT = /\.(?:pdf|docx?|xlsx?|pptx?|wps|ofd|zip|rar|7z|et|txt)$/i;
const FILE_IN_HREF = /\.(?:pdf|docx?|xlsx?|pptx?|wps|ofd|zip|rar|7z|et|txt)(?:$|[?#&])/i;

/** A cheap test on the raw href (no resolving): does it name a file? */
export function hrefNamesFile(href: string): boolean {
  return FILE_IN_HREF.test(href);
}

export function resolveLink(href: string, base: string): URL | undefined {
  try {
    const url = new URL(href.trim(), base || undefined);
    // pdf.js: `…/viewer.html?file=/202112/P020211206.pdf` names the file relative to itself.
    const file = /\/viewer\.(?:html?|jsp)$/i.test(url.pathname)
      ? url.searchParams.get('file')
      : null;
    return file ? new URL(file, url) : url;
  } catch {
    return undefined;
  }
}

export function fileName(url: URL): string {
  const last = url.pathname.split('/').pop() ?? '';
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

export function isFile(url: URL, text: string): boolean {
  if (FILE_EXT.test(url.pathname)) return true;
  // `download.jsp?fileName=申报书.docx`, or a download link whose text names the file.
  for (const value of url.searchParams.getAll('file').concat(url.searchParams.getAll('filename'))) {
    if (FILE_EXT.test(value)) return true;
  }
  return /download|attach|fujian|getfile/i.test(url.href) && FILE_EXT.test(text);
}
