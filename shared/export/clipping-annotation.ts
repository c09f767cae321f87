// Clippings as W3C Web Annotations (JSON-LD, https://www.w3.org/TR/annotation-model/), the
// format Hypothesis and other annotation tools exchange: the note is a TextualBody with purpose
// "commenting", each tag a TextualBody with purpose "tagging", and the target the page with the
// same two selectors the extension re-anchors by. Many annotations go in one
// AnnotationCollection whose single AnnotationPage lists them all.
import type { Clipping, TextPositionSelector, TextQuoteSelector } from '../model.ts';

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

export interface TextualBody {
  type: 'TextualBody';
  value: string;
  purpose: 'commenting' | 'tagging';
  format?: 'text/plain';
}

export interface WebAnnotation {
  '@context'?: typeof ANNOTATION_CONTEXT;
  id: string;
  type: 'Annotation';
  motivation: 'commenting' | 'highlighting';
  created: string;
  modified: string;
  body?: TextualBody[];
  target: { source: string; selector: [TextQuoteSelector, TextPositionSelector] };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Annotation ids must be IRIs: a UUID as a urn:uuid, anything else under kjwatch's own urn. */
export function annotationId(clippingId: string): string {
  return UUID.test(clippingId)
    ? `urn:uuid:${clippingId.toLowerCase()}`
    : `urn:kjwatch:clipping:${encodeURIComponent(clippingId)}`;
}

export function clippingToAnnotation(clipping: Clipping, withContext = true): WebAnnotation {
  const body: TextualBody[] = [];
  if (clipping.note.trim())
    body.push({
      type: 'TextualBody',
      value: clipping.note,
      format: 'text/plain',
      purpose: 'commenting',
    });
  for (const tag of clipping.tags)
    body.push({ type: 'TextualBody', value: tag, purpose: 'tagging' });
  const [quote, position] = clipping.selectors;
  const annotation: WebAnnotation = {
    id: annotationId(clipping.id),
    type: 'Annotation',
    motivation: clipping.note.trim() ? 'commenting' : 'highlighting',
    created: clipping.createdAt,
    modified: clipping.updatedAt,
    target: {
      source: clipping.url,
      selector: [
        {
          type: 'TextQuoteSelector',
          exact: quote.exact,
          prefix: quote.prefix,
          suffix: quote.suffix,
        },
        { type: 'TextPositionSelector', start: position.start, end: position.end },
      ],
    },
  };
  if (body.length) annotation.body = body;
  return withContext ? { '@context': ANNOTATION_CONTEXT, ...annotation } : annotation;
}

export function clippingsToAnnotationCollection(clippings: Iterable<Clipping>, label: string) {
  const items = Array.from(clippings, (c) => clippingToAnnotation(c, false));
  return {
    '@context': ANNOTATION_CONTEXT,
    type: 'AnnotationCollection',
    label,
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}
