import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import {
  allQuotesClipboard,
  allQuotesText,
  citation,
  digestMarkdown,
  encodeFragmentTerm,
  escapeHtml,
  escapeMarkdown,
  exportFileName,
  passageCitation,
  passageUrl,
  quoteHtml,
  quoteMarkdown,
  quoteText,
  textDirective,
} from '../../lib/format';
import type { Digest, Quote } from '../../lib/types';

function quote(text: string, speaker: string | null, role: string | null = null): Quote {
  return {
    text,
    speaker,
    role,
    cue: 'said',
    partial: false,
    anonymous: false,
    position: { paragraph: 0, start: 0, end: text.length },
    score: 1,
  };
}

function digest(over: Partial<Digest> = {}): Digest {
  return {
    title: 'Harbour town votes on the new ferry',
    url: 'https://news.example/local/ferry-vote?id=7#comments',
    siteName: 'The Harbour Gazette',
    byline: 'Ann Lee',
    publishedTime: '2026-03-04T10:00:00Z',
    lang: 'en',
    dir: 'ltr',
    readerable: true,
    wordCount: 460,
    readingMinutes: 2,
    quotes: [
      quote('We will not wait another winter', 'Mara Quist', 'the mayor'),
      quote('The numbers simply do not add up', null),
    ],
    stakeholders: [
      {
        name: 'Mara Quist',
        aliases: [],
        kind: 'person',
        role: 'the mayor',
        mentions: 3,
        quoted: true,
        quoteCount: 1,
        quotedWords: 6,
        central: true,
      },
    ],
    positions: [
      {
        holder: 'Mara Quist',
        text: 'Wants the ferry before winter.',
        evidence: ['Quist said the ferry must run by December.'],
        evidencePositions: [{ paragraph: 1, start: 0, end: 42 }],
      },
    ],
    voices: { anonymousShare: 0, unquoted: [] },
    notices: [],
    timings: { extractMs: 1, structureMs: 1 },
    ...over,
  };
}

describe('text fragment links', () => {
  it('percent-encodes the characters the directive syntax reserves', () => {
    expect(encodeFragmentTerm('well-known, cheap & fast')).toBe('well%2Dknown%2C%20cheap%20%26%20fast');
  });

  it('links a short passage whole and drops the page fragment', () => {
    expect(passageUrl('https://news.example/a#top', 'We will not wait')).toBe(
      'https://news.example/a#:~:text=We%20will%20not%20wait',
    );
  });

  it('links a long passage by its first and last words (textStart,textEnd)', () => {
    const long = 'one two three four five six seven eight nine ten eleven twelve';
    expect(textDirective(long)).toBe('text=one%20two%20three%20four,nine%20ten%20eleven%20twelve');
  });

  it('links a long passage without spaces by its first and last characters', () => {
    const han = '我们不会再等一个冬天了因为渡轮对这个小镇来说实在太重要了所有人都知道这一点并且已经等了很多年';
    const d = textDirective(han);
    expect(d.split(',')).toHaveLength(2);
    expect(decodeURIComponent(d.slice(5).split(',')[0])).toBe(Array.from(han).slice(0, 12).join(''));
  });

  it('collapses whitespace so the fragment matches rendered text', () => {
    expect(passageUrl('https://x.example/', ' a\n  b ')).toBe('https://x.example/#:~:text=a%20b');
  });
});

describe('plain text and citations', () => {
  it('gives the quote with who said it', () => {
    expect(quoteText(digest().quotes[0])).toBe('“We will not wait another winter” — Mara Quist, the mayor');
  });

  it('cites speaker, outlet, date and a link that opens the passage', () => {
    const d = digest();
    expect(citation(d.quotes[0], d)).toBe(
      '“We will not wait another winter” — Mara Quist, the mayor (The Harbour Gazette, Mar 4, 2026) https://news.example/local/ferry-vote?id=7#:~:text=We%20will%20not%20wait%20another%20winter',
    );
  });

  it('says "unattributed" rather than guess a speaker', () => {
    const d = digest();
    expect(citation(d.quotes[1], d)).toContain('— unattributed (');
  });

  it('says "unnamed source" for an anonymous quote, as the popup does', () => {
    const d = digest();
    const q = { ...d.quotes[1], anonymous: true };
    expect(citation(q, d)).toContain('— unnamed source (');
    expect(quoteMarkdown(q, d)).toContain('_unnamed source_');
    expect(quoteHtml(q, d)).toContain('unnamed source');
  });

  it('never turns a non-web URL into a passage link', () => {
    const d = digest({ url: 'javascript:alert(1)' });
    expect(citation(d.quotes[0], d)).not.toContain('#:~:');
    expect(quoteHtml(d.quotes[0], d)).not.toContain('href');
    expect(quoteMarkdown(d.quotes[0], d)).not.toContain('](');
  });

  it('joins all quotes, one citation each, a blank line apart', () => {
    const link = 'https://news.example/local/ferry-vote?id=7#:~:text=';
    expect(allQuotesText(digest())).toBe(
      `“We will not wait another winter” — Mara Quist, the mayor (The Harbour Gazette, Mar 4, 2026) ${link}We%20will%20not%20wait%20another%20winter\n\n` +
        `“The numbers simply do not add up” — unattributed (The Harbour Gazette, Mar 4, 2026) ${link}The%20numbers%20simply%20do%20not%20add%20up`,
    );
  });

  it('cites a selection inside a quote with the quote speaker', () => {
    const d = digest();
    expect(passageCitation('not wait another', d)).toMatch(/^“not wait another” — Mara Quist, the mayor \(/);
  });

  it('cites a selection that holds a whole quote, marks included, with its speaker', () => {
    const d = digest();
    expect(passageCitation('“We will not  wait another winter,” said the mayor.', d)).toContain('— Mara Quist');
  });

  it('cites a selection outside any quote without a speaker', () => {
    const d = digest();
    const c = passageCitation('The council met on Tuesday.', d);
    expect(c).toMatch(/^“The council met on Tuesday\.” \(The Harbour Gazette/);
    expect(c).not.toContain('—');
  });

  it('does not lend an unattributed quote a speaker', () => {
    const d = digest();
    expect(passageCitation('numbers simply do not', d)).not.toContain('—');
  });
});

describe('Markdown', () => {
  it('escapes page text so it renders as itself', () => {
    expect(escapeMarkdown('a *b* [c](d) <e> _f_ `g` #h')).toBe('a \\*b\\* \\[c\\](d) \\<e\\> \\_f\\_ \\`g\\` \\#h');
    expect(escapeMarkdown('- not a list')).toBe('\\- not a list');
    expect(escapeMarkdown('1. not a list')).toBe('1\\. not a list');
  });

  it('makes a block quote with attribution linked to the passage', () => {
    const d = digest();
    expect(quoteMarkdown(d.quotes[0], d)).toBe(
      '> “We will not wait another winter”\n>\n> — **Mara Quist**, the mayor, [The Harbour Gazette, Mar 4, 2026](https://news.example/local/ferry-vote?id=7#:~:text=We%20will%20not%20wait%20another%20winter)',
    );
  });

  it('keeps a link destination whole when the URL has parentheses or spaces', () => {
    const d = digest({ url: 'https://x.example/a_(b) c' });
    expect(quoteMarkdown(d.quotes[0], d)).toContain('](https://x.example/a_%28b%29%20c#:~:text=');
  });

  it('exports the whole digest with linked quotes, stakeholders and positions', () => {
    const md = digestMarkdown(digest({ title: 'Ferry *vote*' }));
    expect(md.startsWith('# Ferry \\*vote\\*\n')).toBe(true);
    expect(md).toContain('## Key quotes');
    expect(md).toContain(
      '- “We will not wait another winter” — **Mara Quist**, the mayor ([source](https://news.example/local/ferry-vote?id=7#:~:text=',
    );
    expect(md).toContain('- “The numbers simply do not add up” — _unattributed_');
    expect(md).toContain('- **Mara Quist**: person, the mayor, 3 mentions, quoted 1×');
    expect(md).toContain('  - > Quist said the ferry must run by December. ([source](');
  });

  it('exports the camps and who gets to speak', () => {
    const d = digest();
    const md = digestMarkdown({ ...d, positions: [{ ...d.positions[0], side: 'in favour' }] });
    expect(md).toContain('- **Mara Quist** (in favour): Wants the ferry before winter.');
    expect(md).toContain('## Who gets to speak');
    expect(md).toMatch(/- Mara Quist: 1 quote, 6 words \(\d+%\)/);
  });

  it('names the export file after the title', () => {
    expect(exportFileName(digest({ title: 'Ferry: “Vote” in Åre / 2026!' }))).toBe(
      'standpoint-ferry-vote-in-are-2026.md',
    );
    expect(exportFileName(digest({ title: '' }))).toBe('standpoint-digest.md');
  });
});

describe('rich HTML for the clipboard', () => {
  it('escapes every text and attribute', () => {
    expect(escapeHtml(`<img src=x onerror="a('b')">&`)).toBe(
      '&lt;img src=x onerror=&quot;a(&#39;b&#39;)&quot;&gt;&amp;',
    );
  });

  it('never lets page text become markup', () => {
    const evil = '<script>alert(1)</script><b onclick="x">hi</b>';
    const d = digest({ siteName: '<i>Outlet</i>', quotes: [quote(evil, '<em>Eve</em>', '"chief"')] });
    const { document } = parseHTML(`<!doctype html><html><body>${quoteHtml(d.quotes[0], d)}</body></html>`);
    expect(document.querySelectorAll('script, b, i, em, img').length).toBe(0);
    expect(document.querySelector('blockquote p')!.textContent).toBe(`“${evil}”`);
    expect(document.querySelector('cite')!.textContent).toBe('<em>Eve</em>');
  });

  it('cites the speaker and links to the passage', () => {
    const d = digest();
    const { document } = parseHTML(`<!doctype html><html><body>${quoteHtml(d.quotes[0], d)}</body></html>`);
    expect(document.querySelector('cite')!.textContent).toBe('Mara Quist');
    expect(document.querySelector('a')!.getAttribute('href')).toBe(passageUrl(d.url, d.quotes[0].text));
    expect(document.querySelector('blockquote')!.getAttribute('cite')).toBe(d.url);
  });

  it('pairs plain text with HTML for "Copy all quotes"', () => {
    const forms = allQuotesClipboard(digest());
    expect(forms.text).toBe(allQuotesText(digest()));
    expect(forms.html.match(/<blockquote/g)).toHaveLength(2);
  });
});
