// The pieces extraction is made of: paragraphs and furniture, language, metadata, page kind.
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { articleParagraphs, blocksOf, furnitureReason, paragraphsOf } from '../../lib/paragraphs';
import { detectLanguage, guessLanguage, primaryLang } from '../../lib/language';
import { cleanByline, cleanTitle, isoDate, siteNameOf, publishedTimeOf } from '../../lib/extract/metadata';
import { notAnArticle, urlLooksLikeIndex } from '../../lib/extract/pageKind';
import { workingCopy } from '../../lib/extract/workingCopy';

const parse = (html: string) => parseHTML(html).document as unknown as Document;
const body = (html: string) => parse(`<html><body>${html}</body></html>`).body;

describe('paragraphs', () => {
  it('are blocks of text; inline elements and comments stay inside them', () => {
    expect(paragraphsOf(body('<p>One <b>bold</b> <a href="#">link</a><!-- x -->ed line.</p><div>Two</div>'))).toEqual([
      'One bold linked line.',
      'Two',
    ]);
  });

  it('end at a double line break', () => {
    expect(paragraphsOf(body('<div>First line<br>same paragraph<br><br>Second paragraph</div>'))).toEqual([
      'First line same paragraph',
      'Second paragraph',
    ]);
  });

  it('of preformatted text end at blank lines', () => {
    expect(paragraphsOf(body('<pre>Section one\nstill one\n\nSection two</pre>'))).toEqual([
      'Section one still one',
      'Section two',
    ]);
  });

  it('know how much of their text is link text', () => {
    const [block] = blocksOf(body('<p><a href="/x">Five quick facts about tides</a></p>'));
    expect(block.linkChars).toBe(block.text.length);
  });

  it('lose the lines that are page furniture, and keep the article text', () => {
    const blocks = blocksOf(
      body(`
      <p>By Ada Brook</p>
      <p>Updated March 3, 2024, 10:15 a.m.</p>
      <p>Advertisement</p>
      <p>Related: Five more towns plan new piers</p>
      <p><a href="/x">Ferry timetable changes for the summer season</a></p>
      <p>© Photo agency</p>
      <p>Share this article</p>
      <h2>What happens next</h2>
      <p>Residents said on Tuesday that they would wait and see.</p>`),
    );
    expect(articleParagraphs(blocks, { byline: 'Ada Brook' })).toEqual([
      'What happens next',
      'Residents said on Tuesday that they would wait and see.',
    ]);
  });

  it('lose a list of other stories under its title, and keep a list that is article', () => {
    const blocks = blocksOf(
      body(`<p>The vote was close.</p><h3>More stories</h3><ul><li>Why the <a href="/a">pier matters</a></li><li><a href="/b">Tides explained</a></li></ul>
        <p>Residents listed their demands:</p><ul><li>a longer pier</li><li>a safer <a href="/c">sea wall</a></li></ul>`),
    );
    expect(articleParagraphs(blocks)).toEqual([
      'The vote was close.',
      'Residents listed their demands:',
      'a longer pier',
      'a safer sea wall',
    ]);
  });

  it('keep a short sentence that merely starts with a weekday or a month', () => {
    const line = { text: 'Tuesday, lawmakers voted to confirm her.', linkChars: 0, tag: 'P' };
    expect(furnitureReason(line, 3)).toBeNull();
    expect(furnitureReason({ ...line, text: 'May was the wettest month on record, the agency said.' }, 3)).toBeNull();
    expect(furnitureReason({ ...line, text: 'By Tuesday, the water had receded.' }, 1)).toBeNull();
    expect(furnitureReason({ ...line, text: 'By Ada Brook and Jon Ardley, Reuters' }, 1)).toBe('byline');
  });
});

describe('language', () => {
  it('takes the primary subtag of what the page declares', () => {
    expect(primaryLang('pt-BR')).toBe('pt');
    expect(primaryLang('en_US')).toBe('en');
    expect(primaryLang('und')).toBeNull();
    expect(primaryLang('')).toBeNull();
  });

  it('guesses from the writing system, then from common words', () => {
    expect(guessLanguage('这是一个关于城市新桥的新闻报道，市长说桥将在春天开放。')?.lang).toBe('zh');
    expect(guessLanguage('市長は、新しい橋が春に開通すると述べました。住民はその日を待っています。')?.lang).toBe('ja');
    expect(
      guessLanguage(
        'Le maire a dit que le pont sera ouvert au printemps et que les habitants sont contents de la nouvelle.',
      )?.lang,
    ).toBe('fr');
    expect(
      guessLanguage(
        'Der Bürgermeister sagte, dass die Brücke im Frühjahr eröffnet wird und die Bewohner sich auf den Tag freuen.',
      )?.lang,
    ).toBe('de');
  });

  it('does not take Latin filler text for a language', () => {
    expect(
      guessLanguage(
        'Lorem ipsum dolor sit amet, consetetur sadipscing elitr, sed diam nonumy eirmod tempor invidunt ut labore et dolore magna.',
      ),
    ).toBeNull();
  });

  it('keeps the declared language unless the text plainly says otherwise', () => {
    const english =
      'The mayor said that the bridge would open in the spring and that residents were happy with the news.';
    const portuguese =
      'O prefeito disse que a ponte será aberta na primavera e que os moradores estão felizes com a notícia do dia.';
    expect(detectLanguage(['en-GB'], english)).toBe('en');
    expect(detectLanguage([null, 'en'], english)).toBe('en');
    expect(detectLanguage([], portuguese)).toBe('pt');
    expect(detectLanguage(['en'], portuguese)).toBe('pt');
    expect(
      detectLanguage(['uk'], 'Мер сказав, що новий міст відкриють навесні, і мешканці вже чекають цього дня.'),
    ).toBe('uk');
  });
});

describe('metadata', () => {
  it('takes "By" and datelines out of bylines', () => {
    expect(cleanByline('By Jane Doe, CNN')).toBe('Jane Doe, CNN');
    expect(cleanByline('Par Jean Dupont')).toBe('Jean Dupont');
    expect(cleanByline('April 28, 2019 at 6:01 am Updated April 29, 2019 at 3:33 pm')).toBeNull();
    expect(cleanByline('   ')).toBeNull();
    expect(cleanByline('Jane Doe22 Dec 2016651')).toBe('Jane Doe');
  });

  it('cuts the outlet or the author off the title, not the headline itself', () => {
    const url = 'https://www.ledger.example/story';
    expect(cleanTitle('Pier to be rebuilt - The Coastal Ledger', 'The Coastal Ledger', null, url)).toBe(
      'Pier to be rebuilt',
    );
    expect(cleanTitle('Pier to be rebuilt | Ledger', null, null, url)).toBe('Pier to be rebuilt');
    expect(cleanTitle('Pier to be rebuilt | Ada Brook', 'The Coastal Ledger', 'Ada Brook', url)).toBe(
      'Pier to be rebuilt',
    );
    expect(cleanTitle('Mayor: the pier will be rebuilt', 'The Coastal Ledger', null, url)).toBe(
      'Mayor: the pier will be rebuilt',
    );
    expect(cleanTitle('市长说新码头将在春天重建并向公众开放_新闻频道_海港网', null, null, url)).toBe(
      '市长说新码头将在春天重建并向公众开放',
    );
  });

  it('prefers the outlet name the page gives over a domain', () => {
    const doc = parse(`<html><head><meta property="og:site_name" content="ledger.example">
      <script type="application/ld+json">{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"The Coastal Ledger"}}</script>
      </head><body></body></html>`);
    expect(siteNameOf(doc, 'https://ledger.example/a', null)).toBe('The Coastal Ledger');
    expect(siteNameOf(parse('<html><head></head><body></body></html>'), 'https://x.example/', 'www.x.example')).toBe(
      'x.example',
    );
  });

  it('finds the publication date in meta tags, JSON-LD or a <time>', () => {
    expect(
      publishedTimeOf(
        parse('<html><head><meta name="pubdate" content="2024-03-05T09:30:00Z"></head><body></body></html>'),
        null,
      ),
    ).toBe('2024-03-05T09:30:00.000Z');
    expect(publishedTimeOf(parse('<html><body><time datetime="2024-03-05">March 5</time></body></html>'), null)).toBe(
      '2024-03-05T00:00:00.000Z',
    );
    expect(isoDate('20191118')).toBe('2019-11-18T00:00:00.000Z');
    expect(isoDate('not a date')).toBeNull();
    expect(isoDate('0001-01-01')).toBeNull();
  });
});

describe('page kind', () => {
  const page = { textChars: 20000, headlineLinks: 50, linkedHeadings: 0, commentChars: 0, declaresArticle: false };
  const shape = { chars: 3000, linkChars: 0, words: 500 };

  it('tells an index page: many headline links, no article metadata, little of the text in the story', () => {
    expect(notAnArticle(page, shape, 'https://x.example/2024/03/05/story-slug-here')?.why).toBe('index');
    expect(
      notAnArticle({ ...page, declaresArticle: true }, shape, 'https://x.example/2024/03/05/story-slug-here'),
    ).toBeNull();
    expect(notAnArticle({ ...page, textChars: 5000 }, shape, 'https://x.example/news/')?.why).toBe('index');
    expect(notAnArticle({ ...page, textChars: 5000 }, shape, 'https://x.example/2024/story-slug-here')).toBeNull();
  });

  it('reads front and section addresses as index addresses, story addresses not', () => {
    expect(urlLooksLikeIndex('https://news.example/')).toBe(true);
    expect(urlLooksLikeIndex('https://news.example/world/')).toBe(true);
    expect(urlLooksLikeIndex('https://news.example/world/2024/mayor-opens-new-bridge')).toBe(false);
    expect(urlLooksLikeIndex('https://news.example/a/123456')).toBe(false);
    expect(urlLooksLikeIndex('file:///tmp/page.html')).toBe(false);
  });

  it('tells a comment thread and a page of links', () => {
    expect(
      notAnArticle(
        { ...page, headlineLinks: 0, commentChars: 9000 },
        { ...shape, chars: 500, words: 90 },
        'https://b.example/p',
      )?.why,
    ).toBe('comments');
    expect(notAnArticle({ ...page, headlineLinks: 0 }, { ...shape, linkChars: 2000 }, 'https://b.example/p')?.why).toBe(
      'links',
    );
    expect(notAnArticle({ ...page, headlineLinks: 0 }, { ...shape, words: 12 }, 'https://b.example/p')?.why).toBe(
      'little-text',
    );
  });
});

describe('working copy', () => {
  it('leaves hidden elements and comments out, and cuts the tail past the text budget', () => {
    const doc = parse(
      '<html><body><p>Visible one.</p><!-- note --><p hidden>Hidden.</p><p aria-hidden="true">Aria.</p><p class="sr-only">Label.</p><p>Visible two is long.</p><p>Past the budget.</p></body></html>',
    );
    const copy = workingCopy(doc, { maxTextChars: 25 });
    expect(copy.capped).toBe(true);
    expect(copy.doc.body.textContent).toBe('Visible one.Visible two is long.');
    expect(doc.body.querySelectorAll('p')).toHaveLength(6);
  });
});

describe('working copy of a rendered page', () => {
  it("ignores what the page's CSS or scripts hide: a body hidden until the page loads is read", () => {
    const window = parseHTML('<html><body><p>Shown.</p><p>Also shown.</p></body></html>');
    const doc = window.document as unknown as Document;
    // linkedom has no layout: stand in for a browser whose stylesheet hides <body>
    const proto = (window as unknown as { HTMLElement: { prototype: object } }).HTMLElement.prototype as {
      checkVisibility?: () => boolean;
    };
    proto.checkVisibility = () => false;
    try {
      expect(workingCopy(doc, { maxTextChars: 1000 }).doc.body.textContent).toBe('Shown.Also shown.');
    } finally {
      delete proto.checkVisibility;
    }
  });
});
