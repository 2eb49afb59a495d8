// Rules for articles in German, French, Spanish, Portuguese, Czech, Japanese and Chinese, each on
// a small invented fixture: titles and job words come off names, words in marks that name a
// thing are no quote, Japanese 「」 speech is attributed by と and the title after a name. Every
// name and sentence here is made up.
import { describe, expect, it } from 'vitest';
import { isGermanPersonNoun } from '../../lib/lang/de';
import { germanName, inBylineCredit } from '../../lib/entities/german';
import { findSpans, namesAThing } from '../../lib/quotes/marks';
import { chineseTitledPeople, japaneseBodies, japanesePeople } from '../../lib/entities/zh';
import { buildDigest } from '../../lib/digest';
import { buildEntityIndex } from '../../lib/entities';
import { nominativeScore } from '../../lib/entities/nominative';
import type { Article } from '../../lib/types';
import { quote, quotesOf } from './quotes/fixture';

const article = (lang: string, paragraphs: string[], title = 'Eine Geschichte'): Article => ({
  url: 'https://news.example/story',
  title,
  byline: null,
  siteName: null,
  publishedTime: null,
  lang,
  dir: 'ltr',
  excerpt: null,
  paragraphs,
  readerable: true,
});

const spanTexts = (paragraph: string, lang: string) =>
  findSpans([paragraph], lang).map((s) => paragraph.slice(s.parts[0].start, s.parts[0].end));

describe('German nouns of office and trade', () => {
  it('knows a compound on a head of office, and the feminine in -in', () => {
    for (const w of [
      'chefredakteurin',
      'rechtsanwalt',
      'medienwissenschaftlerin',
      'personalvorständin',
      'verbandssprecher',
    ])
      expect(isGermanPersonNoun(w), w).toBe(true);
    expect(isGermanPersonNoun('vorsitzende')).toBe(true);
    expect(isGermanPersonNoun('richterin')).toBe(true);
  });

  it('takes no first name, surname or common noun for one ("Richter" alone is a surname)', () => {
    for (const w of ['peter', 'walter', 'köhnlein', 'richter', 'sänger', 'angebot', 'vorsitzend'])
      expect(isGermanPersonNoun(w), w).toBe(false);
  });

  it('gives the quote to the name and keeps the job word as the role', () => {
    const qs = quotesOf(
      [
        '„Wir haben an vielen Stellen versagt und bitten um Entschuldigung“, sagte Chefredakteurin Hanna Vogelsang am Dienstag.',
        '„Mein Mandant bedauert sein Verhalten zutiefst“, erklärte Rechtsanwalt Peter Köhnlein.',
      ],
      'de',
    );
    expect(quote(qs, 'Wir haben').speaker).toBe('Hanna Vogelsang');
    expect(quote(qs, 'Mein Mandant').speaker).toBe('Peter Köhnlein');
  });

  it('lists the people and the body, not a sentence-opening "Unser Angebot" or "Laut Verkehrsminister"', () => {
    const d = buildDigest(
      article('de', [
        'Die Lokführergewerkschaft GVL hat erneut zum Streik aufgerufen.',
        '„Wir lassen uns nicht länger hinhalten“, sagte GVL-Chef Markus Wendler am Donnerstag.',
        'Personalvorständin Ulrike Brandauer wies das zurück. „Unser Angebot liegt seit Wochen auf dem Tisch“, so Brandauer.',
        'Laut Verkehrsminister Tobias Kellermann schadet der Ausstand der Wirtschaft. „Die Tarifparteien müssen zurück an den Tisch“, sagte Kellermann.',
      ]),
    );
    const names = d.stakeholders.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['GVL', 'Markus Wendler', 'Ulrike Brandauer', 'Tobias Kellermann']));
    expect(names).not.toContain('Unser Angebot');
    expect(names.some((n) => /Personalvorständin|Laut/.test(n))).toBe(false);
    expect(d.stakeholders.find((s) => s.name === 'Tobias Kellermann')?.role).toBe('Verkehrsminister');
  });
});

describe('words in marks that name a thing', () => {
  it('German: a newspaper after "Zeitung", a show after an article, a piece after "Recherche"', () => {
    expect(spanTexts('Das sagte der Minister der Zeitung „Rheinische Post“.', 'de')).toEqual([]);
    expect(spanTexts('Am Sonntag fällt der „Tatort“ aus.', 'de')).toEqual([]);
    expect(spanTexts('Die Recherche „Jäger an der Grenze“ wurde aus dem Archiv entfernt.', 'de')).toEqual([]);
  });

  it('French, Spanish, Portuguese: an outlet or a work after its noun or a preposition', () => {
    expect(spanTexts('Dans une tribune publiée par « Le Quotidien », des économistes protestent.', 'fr')).toEqual([]);
    expect(spanTexts('La chaîne a déprogrammé le documentaire « Les Oubliés du travail ».', 'fr')).toEqual([]);
    expect(spanTexts('El diario “El Observador” informó que el Fondo sigue las negociaciones.', 'es')).toEqual([]);
    expect(spanTexts('Bastos falou ao jornal “Diário do Comércio” nesta terça.', 'pt')).toEqual([]);
  });

  it('keeps speech, and fragments after a plain noun ("nannte den Streik „völlig unverhältnismäßig“")', () => {
    expect(spanTexts('„Wir lassen uns nicht länger hinhalten“, sagte Wendler.', 'de')).toHaveLength(1);
    expect(spanTexts('« Nous irons jusqu’au bout », a-t-il déclaré.', 'fr')).toHaveLength(1);
    expect(spanTexts('Er nannte den Streik „völlig unverhältnismäßig“.', 'de')).toHaveLength(1);
  });

  it('Japanese: a product after 新製品, or a run a case particle makes a noun; speech takes と', () => {
    expect(spanTexts('同社は新製品「フリーWi-Fiガード」を発売した。', 'ja')).toEqual([]);
    expect(spanTexts('アプリの名前は「まちナビ」が選ばれた。', 'ja')).toEqual([]);
    expect(spanTexts('岸本首相は「家計を全力で支える」と述べた。', 'ja')).toHaveLength(1);
  });

  it('Chinese: a product after 手机', () => {
    expect(spanTexts('公司发布了新款手机“星耀Pro”，起售价为3999元。', 'zh')).toEqual([]);
  });

  it('reads English as before', () => {
    const p = 'He told the newspaper “The Harbour Gazette” he would stay.';
    const spans = findSpans([p], 'en');
    expect(spans.some((s) => namesAThing(p, s, 'en'))).toBe(false);
  });
});

describe('Japanese speakers', () => {
  const paragraphs = [
    '岸本首相は記者会見で「物価高に苦しむ家計を全力で支える」と述べた。',
    '野党の民政党の佐藤花子代表は「規模が小さすぎる」と批判した。',
    '経済評論家の中村健一氏は「効果は限定的だろう」と指摘した。同氏は「来年度の予算で見直すべきだ」とも語った。',
    '財務省の幹部は「財源の確保が課題だ」と話している。',
  ];

  it("reads a name and the title after it, not a body's office", () => {
    expect(japanesePeople(paragraphs)).toEqual([
      { name: '岸本', role: '首相' },
      { name: '佐藤花子', role: '代表' },
      { name: '中村健一', role: null },
    ]);
  });

  it("gives each 「」 quote closed by と and a verb of saying to the clause's subject; 同氏 is the last named", () => {
    const qs = quotesOf(paragraphs, 'ja', { keepFragments: true });
    expect(quote(qs, '物価高に').speaker).toBe('岸本');
    expect(quote(qs, '規模が').speaker).toBe('佐藤花子');
    expect(quote(qs, '効果は').speaker).toBe('中村健一');
    expect(quote(qs, '来年度').speaker).toBe('中村健一');
    expect(quote(qs, '財源の').speaker).toBeNull();
  });

  it('lists the speakers as people', () => {
    const d = buildDigest(article('ja', paragraphs, '政府、新たな経済対策'));
    expect(d.stakeholders.filter((s) => s.kind === 'person').map((s) => s.name)).toEqual(
      expect.arrayContaining(['岸本', '佐藤花子', '中村健一']),
    );
  });
});

describe('French, Spanish and Czech names', () => {
  const index = (lang: string, paragraphs: string[]) => buildEntityIndex(article(lang, paragraphs));

  it('French: an elided article and a lower-case noun open no name ("L’économiste Thomas Bérard")', () => {
    const e = index('fr', ['L’économiste Thomas Bérard estime que la réforme est injuste.']).entities;
    expect(e.map((x) => x.name)).toContain('Thomas Bérard');
    expect(e.find((x) => x.name === 'Thomas Bérard')?.role).toBe('économiste');
  });

  it('Spanish: "General" after a body\'s noun is part of its name ("Confederación General del Trabajo")', () => {
    const e = index('es', ['La Confederación General del Trabajo convocó a una marcha para el jueves.']).entities;
    expect(e.map((x) => x.name)).toContain('Confederación General del Trabajo');
  });

  it('Czech: a sentence-opening preposition is no part of a name, and the nominative names the person', () => {
    const e = index('cs', [
      'Dva góly vstřelil záložník Kieran Wells.',
      'Podle Kierana Wellse rozhodla obětavost týmu. Sparťanský kouč Radek Šimůnek byl zklamaný.',
      'Podle Radka Šimůnka bude tým potřebovat posily.',
    ]).entities;
    const names = e.map((x) => x.name);
    expect(names).toEqual(expect.arrayContaining(['Kieran Wells', 'Radek Šimůnek']));
    expect(names.some((n) => /Podle|Kierana|Radka/.test(n))).toBe(false);
  });

  it('reads the nominative as the base of the other forms, fleeting e included', () => {
    expect(nominativeScore(['Declan', 'Rice'], [['Declana', 'Rice']])).toBe(1);
    expect(nominativeScore(['Declana', 'Rice'], [['Declan', 'Rice']])).toBe(0);
    expect(nominativeScore(['Radek', 'Šimůnek'], [['Radka', 'Šimůnka']])).toBe(2);
  });
});

describe('Chinese speakers and bodies', () => {
  it('gives 他说 to the subject of the last verb of saying before it, even one named once', () => {
    const qs = quotesOf(
      [
        '国家统计局城市司首席统计师董立新表示：“总体来看，消费市场保持恢复态势。”',
        '中国人民大学教授刘晓峰认为，物价低位运行主要受猪肉价格影响。他说：“随着需求回暖，下半年物价有望温和回升。”',
      ],
      'zh',
    );
    expect(quote(qs, '总体来看').speaker).toBe('董立新');
    expect(quote(qs, '随着需求').speaker).toBe('刘晓峰');
  });

  it('lists a long body the title names and the text uses twice (国家统计局)', () => {
    const d = buildDigest(
      article(
        'zh',
        [
          '国家统计局10日发布数据显示，5月份居民消费价格同比上涨0.2%。',
          '国家统计局首席统计师董立新表示：“总体来看，消费市场保持恢复态势。”',
        ],
        '国家统计局：5月份居民消费价格同比上涨0.2%',
      ),
    );
    expect(d.stakeholders.map((s) => s.name)).toContain('国家统计局');
  });
});

describe('bodies and titled people in Japanese and Chinese', () => {
  it('Japanese: a company or body the article makes a subject, by its suffix (ミナト電工は), not 同社 or 大手', () => {
    expect(
      japaneseBodies([
        '大手電機メーカーのミナト電工は15日、工場の閉鎖を発表した。同社は赤字だった。',
        '東西銀行が融資を決めた。',
      ]),
    ).toEqual(['ミナト電工', '東西銀行']);
  });

  it('Chinese: a name after its title, two or three characters (副秘书长陈士华, 总裁陈明在…)', () => {
    expect(
      chineseTitledPeople([
        '协会副秘书长陈士华在接受采访时称，价格战不利于发展。',
        '公司总裁陈明在发布会上说，产品很好。',
      ]),
    ).toEqual([
      { name: '陈士华', role: '副秘书长' },
      { name: '陈明', role: '总裁' },
    ]);
  });
});

describe('more inflection and Romance bodies', () => {
  it('Czech: the fleeting ě softens its consonant ("Ondřeje Vaňka" is "Ondřej Vaněk")', () => {
    expect(nominativeScore(['Ondřej', 'Vaněk'], [['Ondřeje', 'Vaňka']])).toBe(2);
  });

  it('Portuguese and French: a noun of office names a body, a lower-case complement ends it', () => {
    const pt = buildEntityIndex(
      article('pt', ['A Secretaria de Educação informou que vai descontar os dias parados.']),
    );
    expect(pt.entities.map((e) => e.name)).toContain('Secretaria de Educação');
    const fr = buildEntityIndex(article('fr', ['Selon l’Agence régionale de santé, vingt services ont fermé.']));
    expect(fr.entities.map((e) => e.name)).toContain('Agence régionale de santé');
  });
});

describe('German names with particles and bylines', () => {
  it('keeps "von der" inside a person\'s name, and cuts a descriptor\'s link', () => {
    expect(germanName('Ursula von der Leyen')?.name).toBe('Ursula von der Leyen');
    expect(germanName('Von der Leyen')?.name).toBe('Von der Leyen');
    expect(germanName('Richard von Weizsäcker')?.name).toBe('Richard von Weizsäcker');
    expect(germanName('Konkurrenten der Deutschen Bahn')?.name).toBe('Deutschen Bahn');
    expect(germanName('Leitung von Mara Quast')).toEqual({ name: 'Mara Quast', described: true });
  });

  it('reads "Von X und Y" closing a paragraph as a teaser\'s byline, not an actor', () => {
    const t = 'Der Takt wäre das Ende des alten Fahrplans. Von Petra Lindqvist und Klaus Ormel';
    for (const n of ['Petra Lindqvist', 'Klaus Ormel'])
      expect(inBylineCredit(t, t.indexOf(n), t.indexOf(n) + n.length)).toBe(true);
    const v = 'Die Zahl stieg. Von Norvalink hieß es, man sei zufrieden.';
    expect(inBylineCredit(v, v.indexOf('Norvalink'), v.indexOf('Norvalink') + 9)).toBe(false);
  });
});

describe('German and French attribution words', () => {
  it('"sagte die Grünen-Politikerin" is the person just named, not a speaker called "Grünen-Politikerin"', () => {
    const qs = quotesOf(
      [
        'Wirtschaftsministerin Clara Herzberg verteidigte den Entwurf. „Wer jetzt bremst, macht das Heizen am Ende teurer“, sagte die Grünen-Politikerin im Bundestag.',
      ],
      'de',
    );
    expect(quote(qs, 'Wer jetzt').speaker).toBe('Clara Herzberg');
  });

  it('French "a-t-il promis" attributes like "a-t-il déclaré"', () => {
    const qs = quotesOf(
      [
        'Le ministre de la Santé, Paul Ferrand, s’est rendu sur place. « L’État sera aux côtés des soignants », a-t-il promis.',
      ],
      'fr',
    );
    expect(quote(qs, 'L’État').speaker).toBe('Paul Ferrand');
  });
});

describe('French speaker names', () => {
  it('gives the quote to "Thomas Bérard", with "économiste" as the role, not to "L’économiste Thomas Bérard"', () => {
    const qs = quotesOf(
      [
        'L’économiste Thomas Bérard, qui a signé le texte, estime que « la réforme pèsera d’abord sur les plus modestes ».',
      ],
      'fr',
    );
    expect(quote(qs, 'la réforme').speaker).toBe('Thomas Bérard');
  });
});
