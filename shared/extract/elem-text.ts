// The text of one element (a profile's title or date override), without rendering the page
// again: text nodes in order, hidden subtrees left out, whitespace tidied.
import type { Elem } from './snapshot.ts';
import { tidyLine } from './tidy-text.ts';

export function elemText(root: Elem): string {
  const parts: string[] = [];
  const stack: Array<Elem | string> = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (typeof node === 'string') {
      parts.push(node);
      continue;
    }
    if (node.hidden) continue;
    if (node.tag === 'br' || node.tag === 'p' || node.tag === 'div') parts.push(' ');
    for (let i = node.kids.length - 1; i >= 0; i--) stack.push(node.kids[i]!);
  }
  return tidyLine(parts.join(''));
}
