// The page-side look of clippings: one CSS custom highlight per clipping colour, the mark on
// list entries already clipped, and the current match of the panel's next/previous steps.
// Names start `kjwatch--`: no rule id can start with "-" (validate-rules), so they never meet
// a rule's highlight `kjwatch-<rule id>`.
import type { MessageKey } from '../i18n/messages.ts';
import { highlightRule } from './highlight-rule.ts';

const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/i;

/** The colours the clipping form offers, light enough to read black text on. */
export const CLIP_COLORS: readonly { hex: string; label: MessageKey }[] = [
  { hex: '#ffd54f', label: 'clipColorYellow' },
  { hex: '#a5d6a7', label: 'clipColorGreen' },
  { hex: '#90caf9', label: 'clipColorBlue' },
  { hex: '#f48fb1', label: 'clipColorPink' },
  { hex: '#ce93d8', label: 'clipColorPurple' },
];
export const DEFAULT_CLIP_COLOR = '#ffd54f';

/** `data-kjwatch-clipped` on a list entry whose link has clippings (DESIGN.md "DOM hooks"). */
export const CLIPPED_ATTRIBUTE = 'data-kjwatch-clipped';
/** `data-kjwatch-clips="N"` on <html>: clippings re-anchored on the page. */
export const CLIPS_ATTRIBUTE = 'data-kjwatch-clips';
/** The panel's current match. */
export const CURRENT_HIGHLIGHT = 'kjwatch--current';
/** The selection being clipped while the form is open (the page's own selection goes away). */
export const PENDING_HIGHLIGHT = 'kjwatch--pending';

const CLIP_KEY_PREFIX = '-clip-';

/** A colour as stored in a clipping, checked: anything but hex falls back to the default. */
export function clipColor(color: string): string {
  return HEX.test(color) ? color.toLowerCase() : DEFAULT_CLIP_COLOR;
}

/** The painter key of a clipping colour; the highlight is `kjwatch-` + key. */
export function clipKey(color: string): string {
  return CLIP_KEY_PREFIX + clipColor(color).slice(1);
}

export function isClipKey(key: string): boolean {
  return key.startsWith(CLIP_KEY_PREFIX);
}

function clipHighlightRule(color: string): string {
  // Underlined as well as coloured: a clipping stays distinct from a rule match beneath it.
  return highlightRule(
    `kjwatch-${clipKey(color)}`,
    `background-color: ${color}; text-decoration: underline 2px #6d4c41;`,
  );
}

/**
 * What does not depend on the page's clippings, installed at document_start (see rule-styles.ts:
 * a ::highlight() rule added to a full page restyles all of it): the form's colours included.
 */
export function clipBaseStyleSheet(): string {
  return [
    // The clipped mark: a bar along the entry's right edge, beside the rule mark on its left.
    '[data-kjwatch-clipped] { box-shadow: inset -4px 0 0 0 #7e57c2 !important; }',
    '[data-kjwatch-color][data-kjwatch-clipped] { box-shadow: inset 4px 0 0 0 var(--kjwatch-mark, #ffd54f), inset -4px 0 0 0 #7e57c2 !important; }',
    highlightRule(CURRENT_HIGHLIGHT, 'background-color: #ff7043; color: #000;'),
    highlightRule(PENDING_HIGHLIGHT, 'background-color: #b3d4fc; color: #000;'),
    ...CLIP_COLORS.map((c) => clipHighlightRule(c.hex)),
  ].join('\n');
}

/** The clippings' colours, on top of clipBaseStyleSheet. */
export function clipStyleSheet(colors: Iterable<string>): string {
  const css: string[] = [];
  const base = new Set(CLIP_COLORS.map((c) => c.hex));
  for (const color of new Set([...colors].map(clipColor))) {
    if (!base.has(color)) css.push(clipHighlightRule(color));
    css.push(
      `mark[data-kjwatch-hl="${clipKey(color)}"] { background-color: ${color}; color: inherit; text-decoration: underline 2px #6d4c41; }`,
    );
  }
  return css.join('\n');
}
