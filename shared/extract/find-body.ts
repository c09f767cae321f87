// Where the notice's text is, in the order of DESIGN.md "Generic extraction": a profile's
// CSS override, then the CMS's own markers (ContentStart/ContentEnd metas, `.TRS_Editor`,
// `.trs_editor_view`, `#Zoom`, `#UCAP-CONTENT`), then the density scorer over every block.
import type { Rendered } from './render-lines.ts';
import type { LineScores } from './score-lines.ts';
import type { Elem } from './snapshot.ts';

export interface BodyRange {
  /** Lines [start, end). */
  start: number;
  end: number;
  /** Depth of the element holding the body: furniture inside it is dropped, around it not. */
  depth: number;
  via: 'profile' | 'marker' | 'density' | 'none';
}

interface Candidate {
  start: number;
  end: number;
  depth: number;
  score: number;
}

const inside = (a: Candidate, b: Candidate) => a.start >= b.start && a.end <= b.end;
const overlaps = (a: Candidate, b: Candidate) => inside(a, b) || inside(b, a);

function candidate(el: Elem, scores: LineScores): Candidate {
  const { lineStart: start, lineEnd: end, depth } = el;
  return { start, end, depth, score: scores.sum(start, end) };
}

/** For a page without a single sentence (a one-line notice, a list of names): plain text. */
function plainCandidate(el: Elem, scores: LineScores): Candidate {
  const { lineStart: start, lineEnd: end, depth } = el;
  const p = scores.plainPrefix;
  return { start, end, depth, score: p[end]! - p[start]! };
}

/** The best-scoring candidate; on a tie the one nested in the other (less room for furniture). */
function best(cands: Iterable<Candidate>): Candidate | undefined {
  let top: Candidate | undefined;
  for (const c of cands) {
    if (c.end <= c.start) continue;
    if (!top || c.score > top.score || (c.score === top.score && inside(c, top))) top = c;
  }
  return top;
}

/**
 * The best candidate, narrowed to the descendant holding two thirds of its prose: a sum
 * alone would also take in a sibling block of punctuated text (a comment thread, blurbs
 * beside the notice) that a density measure keeps apart.
 */
function concentrate(cands: Candidate[], scores: LineScores): Candidate | undefined {
  const top = best(cands);
  if (!top || top.score <= 0) return top;
  const prose = (c: Candidate) => scores.proseSum(c.start, c.end);
  const within = cands.filter(
    (c) => c.depth > top.depth && inside(c, top) && c.end - c.start < top.end - top.start,
  );
  const core = best(within);
  return core && prose(core) >= prose(top) * (2 / 3) ? core : top;
}

/** The text between the ContentStart and ContentEnd metas TRS writes around a notice. */
function contentMetaRange(markers: readonly Elem[], scores: LineScores): Candidate | undefined {
  const name = (el: Elem) => (el.tag === 'meta' ? (el.attrs.name ?? '').toLowerCase() : '');
  const open = markers.find((m) => name(m) === 'contentstart');
  if (!open) return undefined;
  const close = markers.find((m) => name(m) === 'contentend' && m.lineStart > open.lineStart);
  if (!close) return undefined;
  const start = open.lineStart;
  const end = close.lineStart;
  return { start, end, depth: open.depth - 1, score: scores.sum(start, end) };
}

function* markerCandidates(r: Rendered, scores: LineScores): Generator<Candidate> {
  const range = contentMetaRange(r.markers, scores);
  if (range) yield range;
  for (const el of r.markers) if (el.tag !== 'meta') yield candidate(el, scores);
}

export function findBody(r: Rendered, scores: LineScores, override?: Elem | null): BodyRange {
  if (override && override.lineEnd > override.lineStart) {
    const { lineStart: start, lineEnd: end, depth } = override;
    return { start, end, depth, via: 'profile' };
  }
  const dense = concentrate(
    r.blocks.map((el) => candidate(el, scores)),
    scores,
  );
  const marked = best(markerCandidates(r, scores));
  // A marker wins unless it is an unrelated element with far less prose (a `.TRS_Editor`
  // holding a sidebar blurb while the notice sits elsewhere) or a wrapper around much of
  // the page (some sites put `id="zoom"` on everything for their font-size buttons).
  const markerFits =
    marked &&
    (!dense ||
      inside(marked, dense) ||
      (inside(dense, marked) && marked.score >= dense.score * 0.8) ||
      (!overlaps(marked, dense) && marked.score >= dense.score * 0.5));
  if (marked && markerFits) {
    return { start: marked.start, end: marked.end, depth: marked.depth, via: 'marker' };
  }
  const found =
    dense && dense.score > 0 ? dense : best(r.blocks.map((el) => plainCandidate(el, scores)));
  if (found && found.score > 0) {
    return { start: found.start, end: found.end, depth: found.depth, via: 'density' };
  }
  return { start: 0, end: 0, depth: 0, via: 'none' };
}
