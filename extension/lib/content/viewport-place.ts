// Where an element is beside the viewport, as an IntersectionObserver with NEAR_MARGIN would
// tell, read from its box while the page's layout is clean: what kjwatch shows at once on a big
// page (highlight ranges, entry bars) is what is within a screen of the viewport.

/** How far beyond the viewport counts as near: one screen each way. */
export const NEAR_MARGIN = '100% 100%';

/**
 * Elements in a row found more than NEAR_MARGIN below the viewport, in the order of the page's
 * text, after which the rest of the page is taken to be below it too, unmeasured: reading all
 * 3,600 boxes of the bench's list added ~25 ms of script. On a page not laid out in its text's
 * order, the observer that follows corrects the guess in the frames after the first set.
 */
export const BELOW_IN_A_ROW = 48;

export type Place = 'near' | 'below' | 'elsewhere';

export function placeOf(element: Element): Place {
  const box = element.getBoundingClientRect();
  if (box.width === 0 && box.height === 0) return 'elsewhere'; // not rendered
  const { clientWidth: width, clientHeight: height } = element.ownerDocument.documentElement;
  if (box.top > 2 * height) return 'below';
  return box.bottom >= -height && box.right >= -width && box.left <= 2 * width
    ? 'near'
    : 'elsewhere';
}
