// The working copy has two makers: a browser clones the page whole and then drops what the copy
// leaves out; linkedom, and any page past a budget, walks it node by node. Readability must get the
// same copy from both, node for node, or the CLI and the browser would digest a page differently.
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { clonedCopy, walkedCopy, type WorkingCopy, type WorkingCopyOptions } from '../../lib/extract/workingCopy';
import { isCaption, MAYBE_CAPTION } from '../../lib/paragraphs';
import { isCommentSection, MAYBE_COMMENTS } from '../../lib/extract/pageKind';

const parse = (html: string) => parseHTML(html).document as unknown as Document;
const OPTIONS: WorkingCopyOptions = {
  maxTextChars: 10_000,
  maxElements: 1_000,
  mark: (el) => isCaption(el) || isCommentSection(el),
  markSelector: `${MAYBE_CAPTION}, ${MAYBE_COMMENTS}`,
};

/** Every node of the copy, text nodes one by one (two adjacent ones are not one). */
function nodes(copy: WorkingCopy): string[] {
  const out: string[] = [`hasText ${copy.hasText}, capped ${copy.capped}, tooLarge ${copy.tooLarge}`];
  const visit = (n: Node, depth: number) => {
    const el = n as Element;
    const what =
      n.nodeType === 1
        ? `<${el.tagName.toLowerCase()}${[...el.attributes].map((a) => ` ${a.name}="${a.value}"`).join('')}>`
        : `#${n.nodeType} ${JSON.stringify(n.nodeValue)}`;
    out.push(`${' '.repeat(depth)}${what}`);
    for (let c = n.firstChild; c; c = c.nextSibling) visit(c, depth + 1);
  };
  for (let c = copy.doc.firstChild; c; c = c.nextSibling) visit(c, 0);
  return out;
}

function sameCopies(html: string, options: WorkingCopyOptions = OPTIONS): void {
  const cloned = clonedCopy(parse(html), options);
  expect(cloned, 'the page takes the clone').not.toBeNull();
  expect(nodes(cloned!)).toEqual(nodes(walkedCopy(parse(html), options)));
}

const STORY = '<p>The council voted on Tuesday to rebuild the pier.</p><p>“We waited long enough,” the mayor said.</p>';

describe('the cloned copy is the walked copy, node for node', () => {
  it('on a plain article', () => {
    sameCopies(`<!DOCTYPE html><html lang="en"><head><title>Pier</title><meta name="x" content="y"></head>
      <body class="article">\n<main>${STORY}</main>\n</body></html>`);
  });

  it('without what markup hides, comments or templates, and with a hidden <html> and <body> shown', () => {
    sameCopies(`<html hidden style="display:none"><head><title>Pier</title><template><p>T</p></template><!-- c --></head>
      <body class="js-hidden hidden" aria-hidden="true" style="visibility:hidden">${STORY}
      <p hidden>Hidden.</p><p aria-hidden="true">Aria.</p><p aria-hidden="false">Aria shown.</p>
      <div class="sr-only">Label.</div><div class="Visually-Hidden">Label.</div><div class="hidden-xs">Shown.</div>
      <div style="color:red; DISPLAY : none">Styled.</div><div style="list-style:none">Listed.</div>
      <span class="fallback-image" aria-hidden="true">Kept.</span>
      A<!-- split -->B<template><p>Template.</p></template></body></html>`);
  });

  it('with captions and comment sections marked, and nothing judged inside scripts or noscript', () => {
    sameCopies(`<html><head><title>Pier</title></head><body>${STORY}
      <figure><img src="a.jpg"><figcaption>The old pier. <span>Photo: A. B.</span></figcaption></figure>
      <div class="wp-caption-text credit">Credit line</div><div class="no_caption">Not a caption.</div>
      <section id="comments"><h3>Comments</h3><p>First!</p><div class="reply"><p>Second.</p></div></section>
      <div class="comments-wrapper"><article><h1>The article itself</h1>${STORY}</article></div>
      <noscript><div class="caption" hidden>In noscript.</div></noscript><script>var x = "<p hidden>";</script>
      <figure>${'Long text in a figure. '.repeat(40)}</figure></body></html>`);
  });

  it('with a <body> that is itself a comment section: everything in it marked', () => {
    sameCopies(
      `<html><head><title>Pier</title></head><body class="comments-open">${STORY}<div><p>Deep.</p></div></body></html>`,
    );
  });

  it('with content the parser left in <head> or beside it, moved into <body> as the walk moves it', () => {
    const html = `<html><head><title>Pier</title><p class="lede">In head.</p><meta name="a" content="b">Loose text</head><body>${STORY}</body></html>`;
    sameCopies(html);
    // and a page whose scripts put an iframe in <head> and a <link> before it, as live pages do
    const doc = parse(`<html><head><title>Pier</title></head><body>${STORY}</body></html>`);
    doc.head.appendChild(doc.createElement('iframe'));
    doc.documentElement.insertBefore(doc.createElement('link'), doc.head);
    doc.documentElement.appendChild(doc.createElement('meta'));
    doc.documentElement.appendChild(doc.createElement('div')).textContent = 'After the body.';
    const cloned = clonedCopy(doc, OPTIONS);
    expect(cloned).not.toBeNull();
    expect(nodes(cloned!)).toEqual(nodes(walkedCopy(doc, OPTIONS)));
    expect(cloned!.doc.body.lastChild?.textContent).toBe('After the body.');
  });

  it('with only whitespace, scripts and titles in <body>: no text', () => {
    const html = `<html><head><title>Pier</title></head><body> <script>var a = 1;</script><svg><title>Icon</title></svg> </body></html>`;
    sameCopies(html);
    expect(clonedCopy(parse(html), OPTIONS)!.hasText).toBe(false);
  });
});

describe('pages the clone leaves to the walk', () => {
  const walked = (html: string, options: WorkingCopyOptions = OPTIONS) =>
    expect(clonedCopy(parse(html), options)).toBeNull();

  it('past the text, element or depth budget', () => {
    walked(`<html><head></head><body>${STORY}</body></html>`, { ...OPTIONS, maxTextChars: 20 });
    walked(`<html><head></head><body>${STORY}</body></html>`, { ...OPTIONS, maxElements: 3 });
    walked(`<html><head></head><body>${'<div>'.repeat(40)}${STORY}${'</div>'.repeat(40)}</body></html>`, {
      ...OPTIONS,
      maxDepth: 32,
    });
  });

  it('without <html>, or with a mark the clone cannot look for', () => {
    walked(`<title>Pier</title>${STORY}`);
    walked(`<html><head></head><body>${STORY}</body></html>`, { ...OPTIONS, markSelector: undefined });
  });
});
