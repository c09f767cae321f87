// Saving an export: a Blob and a click on an <a download>. The file is made here, in the
// extension page; nothing goes over the network.
import { h } from './dom-builder.ts';

export function downloadText(text: string, fileName: string, mediaType: string): void {
  const blob = new Blob([text], { type: `${mediaType};charset=utf-8` });
  const url = URL.createObjectURL(blob);
  const link = h('a', { href: url, download: fileName, hidden: '' });
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy once it starts; a minute is ample.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
