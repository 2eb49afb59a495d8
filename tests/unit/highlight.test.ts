import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import {
  clearHighlight,
  findPassage,
  foldText,
  hasHighlight,
  highlightPassage,
  MARK_ATTRIBUTE,
} from '../../lib/highlight';

function page(body: string): Document {
  return parseHTML(`<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`)
    .document as unknown as Document;
}

const marks = (doc: Document) => Array.from(doc.querySelectorAll(`mark[${MARK_ATTRIBUTE}]`)).map((m) => m.textContent);

describe('finding a passage in the page', () => {
  it('folds whitespace, quotation marks and dashes', () => {
    expect(foldText('“It’s  — fine”\n')).toBe(`"it's-fine"`);
  });

  it('finds text that runs across inline elements and line breaks', () => {
    const doc = page(
      '<p>The mayor said: “We will <em>not</em>\n   wait another <a href="#">winter</a>,” and left.</p>',
    );
    const span = findPassage(doc, 'We will not wait another winter')!;
    expect(span.text).toBe('We will not\n   wait another winter');
    expect(span.segments.map((s) => s.node.data.slice(s.start, s.end))).toEqual([
      'We will ',
      'not',
      '\n   wait another ',
      'winter',
    ]);
  });

  it('matches straight quotes in the digest against curly ones on the page', () => {
    const doc = page('<p>She called it “a plan that can’t fail” at the meeting.</p>');
    expect(findPassage(doc, `a plan that can't fail`)?.text).toBe('a plan that can’t fail');
  });

  it('ignores case differences and non-breaking spaces', () => {
    const doc = page('<p>WE WILL\u00a0NOT WAIT</p>');
    expect(findPassage(doc, 'we will not wait')?.text).toBe('WE WILL\u00a0NOT WAIT');
  });

  it('skips scripts, styles and hidden elements', () => {
    const doc = page('<script>var s = "secret words here";</script><p hidden>secret words here</p><p>visible</p>');
    expect(findPassage(doc, 'secret words here')).toBeNull();
  });

  it('prefers the article body over a pull quote placed before it', () => {
    const doc = page(
      '<aside><p id="pull">“We will not wait another winter”</p></aside><article><p id="body">She said: “We will not wait another winter.”</p></article>',
    );
    expect(findPassage(doc, 'We will not wait another winter')?.segments[0].node.parentElement?.id).toBe('body');
  });

  it('passes over a copy the browser does not render', () => {
    const doc = page(
      '<p id="hidden">We will not wait another winter</p><p id="shown">We will not wait another winter</p>',
    );
    // linkedom has no layout: stand in for display:none on the first copy
    Object.assign(doc.getElementById('hidden')!, { getClientRects: () => [] });
    Object.assign(doc.getElementById('shown')!, { getClientRects: () => [{}] });
    expect(findPassage(doc, 'We will not wait another winter')?.segments[0].node.parentElement?.id).toBe('shown');
  });

  it('returns null when the page does not hold the passage', () => {
    expect(findPassage(page('<p>Nothing to see.</p>'), 'We will not wait')).toBeNull();
  });

  it('anchors a long passage on its ends when the middle differs', () => {
    const doc = page(
      '<p>Officials insisted that the new harbour ferry would begin service [on time] before the first storms of the winter season arrive.</p>',
    );
    const span = findPassage(
      doc,
      'Officials insisted that the new harbour ferry would begin service on time before the first storms of the winter season arrive',
    );
    expect(span?.text.startsWith('Officials insisted')).toBe(true);
    expect(span?.text.endsWith('season arrive')).toBe(true);
  });
});

describe('highlighting with <mark> and clearing', () => {
  const html = '<p id="p">The mayor said: “We will <em>not</em> wait another winter,” and left.</p><p>Other text.</p>';

  it('wraps each covered piece of text in a mark made with createElement', () => {
    const doc = page(html);
    const result = highlightPassage(doc, 'We will not wait another winter', { preferHighlightApi: false });
    expect(result).toMatchObject({ found: true, method: 'mark' });
    expect(marks(doc)).toEqual(['We will ', 'not', ' wait another winter']);
    // The <em> is kept: the mark sits inside it rather than splitting it.
    expect(doc.querySelector('em mark')?.textContent).toBe('not');
    expect(doc.getElementById('p')!.textContent).toBe('The mayor said: “We will not wait another winter,” and left.');
    expect(hasHighlight(doc)).toBe(true);
  });

  it('restores the page exactly when cleared', () => {
    const doc = page(html);
    const before = doc.body.innerHTML;
    const textNodes = doc.getElementById('p')!.childNodes.length;
    highlightPassage(doc, 'We will not wait another winter', { preferHighlightApi: false });
    clearHighlight(doc);
    expect(doc.body.innerHTML).toBe(before);
    expect(doc.getElementById('p')!.childNodes.length).toBe(textNodes);
    expect(doc.getElementById('standpoint-highlight-style')).toBeNull();
    expect(hasHighlight(doc)).toBe(false);
  });

  it('does not merge text nodes the page had kept apart', () => {
    const doc = page('<p id="p"></p>');
    const p = doc.getElementById('p')!;
    p.appendChild(doc.createTextNode('first part, '));
    p.appendChild(doc.createTextNode('second part'));
    highlightPassage(doc, 'second part', { preferHighlightApi: false });
    clearHighlight(doc);
    expect(Array.from(p.childNodes).map((n) => n.textContent)).toEqual(['first part, ', 'second part']);
  });

  it('moves the highlight on the next jump', () => {
    const doc = page(html);
    highlightPassage(doc, 'wait another winter', { preferHighlightApi: false });
    highlightPassage(doc, 'Other text', { preferHighlightApi: false });
    expect(marks(doc)).toEqual(['Other text']);
    expect(doc.getElementById('p')!.innerHTML).toBe(
      'The mayor said: “We will <em>not</em> wait another winter,” and left.',
    );
  });

  it('changes nothing when the passage is not on the page', () => {
    const doc = page(html);
    const before = doc.body.innerHTML;
    expect(highlightPassage(doc, 'a sentence nobody wrote', { preferHighlightApi: false }).found).toBe(false);
    expect(doc.body.innerHTML).toBe(before);
  });

  it('never turns page text into markup', () => {
    const doc = page('<p>He typed &lt;b&gt;bold&lt;/b&gt; into the form.</p>');
    highlightPassage(doc, '<b>bold</b>', { preferHighlightApi: false });
    expect(doc.querySelector('b')).toBeNull();
    // (linkedom parses each entity into its own text node; a browser makes one.)
    expect(marks(doc).join('')).toBe('<b>bold</b>');
  });
});

describe('highlighting with the CSS Custom Highlight API', () => {
  it('registers a highlight and leaves the DOM alone when the browser has the API', () => {
    const doc = page('<p>We will not wait another winter.</p>');
    const registry = new Map<string, unknown>();
    const ranges: unknown[] = [];
    class FakeHighlight {
      constructor(...r: unknown[]) {
        ranges.push(...r);
      }
    }
    // linkedom has no Range offsets: a stand-in that records what it is given.
    (doc as unknown as { createRange: () => unknown }).createRange = () => ({ setStart() {}, setEnd() {} });
    Object.assign(doc.defaultView as object, { CSS: { highlights: registry }, Highlight: FakeHighlight });
    const before = doc.body.innerHTML;
    expect(highlightPassage(doc, 'not wait another').method).toBe('highlight-api');
    expect(registry.has('standpoint-passage')).toBe(true);
    expect(ranges).toHaveLength(1);
    expect(doc.body.innerHTML).toBe(before);
    clearHighlight(doc);
    expect(registry.size).toBe(0);
  });
});
