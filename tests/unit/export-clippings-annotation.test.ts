// Clippings as W3C Web Annotations (JSON-LD): the shape of the Web Annotation Data Model —
// context, type, id as an IRI, the note as a commenting TextualBody, tags as tagging bodies, the
// target the page with a TextQuoteSelector and a TextPositionSelector — in one collection.
import { describe, expect, it } from 'vitest';
import {
  ANNOTATION_CONTEXT,
  annotationId,
  clippingsToAnnotationCollection,
  clippingToAnnotation,
} from '../../shared/export/clipping-annotation.ts';
import { CLIPPING_EXPORTERS } from '../../shared/export/clipping-formats.ts';
import { fakeClipping } from '../support/fake-clipping.ts';

describe('clippingToAnnotation', () => {
  it('has the Web Annotation shape, field by field', () => {
    const c = fakeClipping({
      id: '0F8FAD5B-D9CB-469F-A165-70867728950E',
      note: '要点',
      tags: ['巡视', '整改'],
      updatedAt: '2024-01-06T00:00:00.000Z',
    });
    expect(clippingToAnnotation(c)).toEqual({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'urn:uuid:0f8fad5b-d9cb-469f-a165-70867728950e',
      type: 'Annotation',
      motivation: 'commenting',
      created: '2024-01-05T08:00:00.000Z',
      modified: '2024-01-06T00:00:00.000Z',
      body: [
        { type: 'TextualBody', value: '要点', format: 'text/plain', purpose: 'commenting' },
        { type: 'TextualBody', value: '巡视', purpose: 'tagging' },
        { type: 'TextualBody', value: '整改', purpose: 'tagging' },
      ],
      target: {
        source: c.url,
        selector: [
          {
            type: 'TextQuoteSelector',
            exact: c.quote,
            prefix: '各省科技厅：\n',
            suffix: '一、提高政治站位',
          },
          { type: 'TextPositionSelector', start: 120, end: 120 + c.quote.length },
        ],
      },
    });
  });

  it('is a highlight without a body when there is no note and no tag', () => {
    const a = clippingToAnnotation(fakeClipping());
    expect(a.motivation).toBe('highlighting');
    expect(a).not.toHaveProperty('body');
  });

  it.each([
    ['test-1', 'urn:kjwatch:clipping:test-1'],
    ['a b/c', 'urn:kjwatch:clipping:a%20b%2Fc'],
  ])('makes an IRI of the id %j', (id, iri) => {
    expect(annotationId(id)).toBe(iri);
  });
});

describe('the JSON-LD export', () => {
  it('is an AnnotationCollection whose page lists the annotations', () => {
    const text = CLIPPING_EXPORTERS.jsonld.write(
      [fakeClipping({ id: 'a' }), fakeClipping({ id: 'b' })],
      new Date('2024-02-01T00:00:00Z'),
    );
    const doc = JSON.parse(text);
    expect(doc['@context']).toBe(ANNOTATION_CONTEXT);
    expect(doc.type).toBe('AnnotationCollection');
    expect(doc.total).toBe(2);
    expect(doc.first.type).toBe('AnnotationPage');
    expect(doc.first.items.map((i: { id: string }) => i.id)).toEqual([
      'urn:kjwatch:clipping:a',
      'urn:kjwatch:clipping:b',
    ]);
    // The collection carries the context once; items inherit it.
    expect(doc.first.items[0]).not.toHaveProperty('@context');
    expect(clippingsToAnnotationCollection([], 'x').first.items).toEqual([]);
  });
});
