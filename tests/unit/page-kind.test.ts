// Is the page one article? Decided from the document's markup and text only, so that linkedom
// (the CLI), Chromium and Firefox agree: never from computed styles, which page scripts change.
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { extractArticle, type ExtractResult } from '../../lib/extract';
import { readsAsProse, urlLooksLikeStory } from '../../lib/extract/pageKind';

const parse = (html: string) => parseHTML(html).document as unknown as Document;
const page = (body: string, head = '<title>A page</title>', htmlAttrs = 'lang="en"') =>
  `<!DOCTYPE html><html ${htmlAttrs}><head>${head}</head><body>${body}</body></html>`;
const STORY_URL = 'https://wire.example/science/2024/03/05/crew-sleeps-through-the-trip';

function digested(result: ExtractResult) {
  if (!result.ok) throw new Error(`expected a digest, got ${result.reason}: ${result.note.code}`);
  return result.article;
}

// A short wire story: four paragraphs of a sentence each, about 750 characters in all.
const WIRE_STORY = [
  'CAPE TOWN (AP) — Engineers said on Monday that a crew bound for Mars could sleep through most of the months-long trip, cutting by a third the food and water that the ship must carry with it.',
  'The study, published this week in a space medicine journal, looked at how animals that hibernate keep their bones and muscles strong while they barely move for months on end.',
  'Putting people into such a state is still far off, the authors wrote, but lowering body temperature by a few degrees already slows the body down in hospitals around the world today.',
  'The space agency has funded early work on the idea and plans to test a sleeping pod on the ground next year, a spokeswoman for the agency said in a statement on Monday afternoon.',
];
const story = (paragraphs = WIRE_STORY) =>
  `<article><h1>Crew could sleep through the trip to Mars</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article>`;
// what surrounds a story on a portal: a sidebar of dozens of other headlines
const headlines = (n: number, heading = false) =>
  `<aside><ul>${Array.from({ length: n }, (_, i) => {
    const link = `<a href="/news/2024/03/05/story-number-${i}">Officials announce the outcome of review number ${i} today</a>`;
    return `<li>${heading ? `<h3>${link}</h3>` : link}</li>`;
  }).join('')}</ul></aside>`;

describe('an article is digested wherever its text is an article', () => {
  it('a body hidden by an anti-flicker snippet until the page scripts run', () => {
    const head =
      '<title>Crew could sleep through the trip to Mars</title><style>body { visibility: hidden !important; } .async-hide { opacity: 0 !important }</style>';
    const doc = parse(
      page(story(), head, 'lang="en" class="async-hide"').replace(
        '<body>',
        '<body style="visibility: hidden" class="hidden">',
      ),
    );
    expect(digested(extractArticle(doc, STORY_URL)).paragraphs).toHaveLength(4);
  });

  it('a short wire story among dozens of other headlines, when the page declares it an article', () => {
    const head = '<title>Crew could sleep through the trip to Mars</title><meta property="og:type" content="article">';
    const doc = parse(page(`<nav><a href="/">Home</a></nav>${story()}${headlines(50)}`, head));
    expect(digested(extractArticle(doc, STORY_URL)).paragraphs[0]).toMatch(/^CAPE TOWN \(AP\)/);
  });

  it('tech news that quotes no one', () => {
    const paragraphs = [
      'Der Hersteller hat am Dienstag ein Update für seine Router veröffentlicht, das eine Sicherheitslücke in der Weboberfläche schließt und die Geräte stabiler macht.',
      'Betroffen sind nach Angaben des Unternehmens alle Modelle der letzten drei Jahre. Das Update wird automatisch verteilt, kann aber auch von Hand installiert werden.',
      'Wer die automatische Aktualisierung abgeschaltet hat, findet die neue Version im Menü unter System. Ein Neustart des Routers dauert danach etwa zwei Minuten.',
    ];
    const doc = parse(page(story(paragraphs), '<title>Router-Update</title>', 'lang="de"'));
    const a = digested(extractArticle(doc, 'https://tech.example/news/router-update-schliesst-luecke-123456.html'));
    expect(a.paragraphs).toHaveLength(3);
    expect(a.lang).toBe('de');
  });

  it('a Chinese news story whose paragraphs are each shorter than 140 characters', () => {
    const paragraphs = [
      '据新华社报道，科学家们周一表示，前往火星的宇航员未来或许可以在大部分航程中处于休眠状态，从而大大减少飞船需要携带的食物和水。',
      '这项发表在航天医学期刊上的研究，考察了冬眠动物如何在数月几乎不活动的情况下保持骨骼和肌肉的强健，并提出了可能的应用方向。',
      '研究人员指出，让人类进入类似状态仍然遥远，但在医院里，将体温降低几度已经可以让身体的代谢明显减慢，这为今后的研究提供了基础。',
      '航天机构已经资助了这一设想的早期工作，并计划明年在地面测试一种休眠舱，机构发言人在一份声明中说，测试结果将在年底前公布。',
    ];
    expect(paragraphs.every((p) => p.length < 140)).toBe(true);
    const doc = parse(page(story(paragraphs), '<title>宇航员或可休眠前往火星</title>', 'lang="zh-CN"'));
    expect(digested(extractArticle(doc, 'https://news.example/2024-03/05/c_1130.htm')).paragraphs).toHaveLength(4);
  });
});

describe('a front page or a list is refused everywhere', () => {
  it('a front page that opens its top story in full among linked headline teasers, whatever its address', () => {
    const head = '<title>Example News - Latest News &amp; Headlines</title><meta property="og:type" content="website">';
    const doc = parse(page(`${story()}${headlines(40, true)}`, head));
    const result = extractArticle(doc, 'http://127.0.0.1:8080/some-long-local-name/');
    expect(result).toMatchObject({ ok: false, reason: 'not-article', canForce: true });
    if (!result.ok) expect(result.note.code).toBe('whyIndex');
  });

  it('a list of links with a line of introduction', () => {
    const intro =
      '<p>Here is everything we published about the harbor this year, newest first, with the date of each story and its author in the list below.</p>';
    const items = Array.from(
      { length: 40 },
      (_, i) =>
        `<p><a href="/harbor/${i}">Harbor story ${i}: what the council decided about the pier and the ferry</a></p>`,
    ).join('');
    const result = extractArticle(
      parse(page(`<article><h1>Harbor archive</h1>${intro}${items}</article>`)),
      'https://ledger.example/harbor/archive-of-stories',
    );
    expect(result).toMatchObject({ ok: false, reason: 'not-article' });
  });

  it('a product landing page of short feature tiles', () => {
    const tiles = Array.from(
      { length: 8 },
      (_, i) =>
        `<div class="tile"><h2>Feature ${i}</h2><p>Build and debug faster with tools that show you what your page does, step ${i}.</p><a href="/learn/${i}">Learn more</a></div>`,
    ).join('');
    const result = extractArticle(parse(page(`<main>${tiles}</main>`)), 'https://product.example/developer/');
    expect(result).toMatchObject({ ok: false, reason: 'not-article' });
  });
});

describe('reads as prose', () => {
  it('counts long paragraphs as Readability does, a Han character as three letters', () => {
    expect(readsAsProse(WIRE_STORY)).toBe(true);
    expect(readsAsProse(Array(10).fill('Build and debug faster with tools that show you what your page does.'))).toBe(
      false,
    );
    expect(
      readsAsProse(
        Array(4).fill(
          '这项研究考察了冬眠动物如何在数月几乎不活动的情况下保持骨骼和肌肉的强健，并提出了可能的应用方向，研究人员还指出让人类进入类似状态仍然遥远。',
        ),
      ),
    ).toBe(true);
  });
});

describe('a short story on a busy page', () => {
  it('reads a story address (a slug, a story number, a dated path), never a front or section one', () => {
    expect(urlLooksLikeStory('https://tech.example/news/neue-funktion-fuer-messenger-4267431.html')).toBe(true);
    expect(urlLooksLikeStory('https://news.example/2019/11/18/markets/')).toBe(true);
    expect(urlLooksLikeStory('https://news.example/news/')).toBe(false);
    expect(urlLooksLikeStory('https://news.example/')).toBe(false);
  });

  it('keeps a short German tech item that is a small part of a portal page at its own address', () => {
    const paragraphs = [
      'Der Messenger-Dienst Plaudra führt eine neue Funktion ein, mit der Nutzer Nachrichten nachträglich bearbeiten können. Die Änderung soll in den kommenden Wochen für alle Konten freigeschaltet werden, zunächst in der App für Android.',
      'Bearbeitete Nachrichten werden im Chatverlauf markiert, eine Versionsgeschichte gibt es aber nicht. Laut Unternehmen lassen sich Nachrichten bis zu fünfzehn Minuten nach dem Versand noch ändern; danach bleibt der Text so stehen, wie er verschickt wurde.',
    ];
    const story = `<article><h1>Plaudra: Nachrichten lassen sich bearbeiten</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article>`;
    const sidebar = Array.from(
      { length: 40 },
      (_, i) =>
        `<li><a href="/news/meldung-${i}.html">Weitere Meldung Nummer ${i} aus dem Ressort Technik und Netzpolitik</a></li>`,
    ).join('');
    const result = extractArticle(
      parse(page(`${story}<nav><ul>${sidebar}</ul></nav>`)),
      'https://tech.example/news/plaudra-nachrichten-lassen-sich-bearbeiten-4267431.html',
    );
    expect(result.ok).toBe(true);
  });
});
