// German writes every noun large: the stakeholders of a German article are the names that show
// themselves as names. Every name and sentence here is invented.
import { describe, expect, it } from 'vitest';
import { buildEntityIndex } from '../../../lib/entities';
import { germanName, germanNameShows } from '../../../lib/entities/german';
import { buildStakeholders } from '../../../lib/stakeholders';
import { findPositions } from '../../../lib/positions';
import { sentencesOf } from '../../../lib/text/sentences';
import { article } from './fixture';

const STORY = [
  'Der Mobilfunkanbieter Norvalink wagt sich mit der Übernahme des Kölner Sendenetz-Anbieters Tessel Funk ins TV-Geschäft.',
  'Norvalink-Chef Jonas Bräuning will mit einem Angebot auf den Markt kommen, das günstiger sein soll als die Konkurrenz.',
  'Von Petra Lindqvist, Hamburg',
  'Herr Bräuning, Kunden zahlen heute schon für das Angebot. Glauben Sie, dass die Kunden den Markt wechseln?',
  'Jonas Bräuning: Das Angebot ist billiger. Die Kunden wollen Fernsehen ohne Kabel und Satellit, und der Markt wächst.',
  'Streben Sie die Mehrheit an der Orbital Media AG an? Der Markt ist klein, das Angebot groß.',
];
const de = (paragraphs: string[]) => article(paragraphs, { lang: 'de', title: 'Norvalink kauft Tessel Funk' });

describe('German names', () => {
  it('takes the descriptor off a name and keeps it as the title ("Mobilfunkanbieter Norvalink")', () => {
    expect(germanName('Mobilfunkanbieter Norvalink')).toEqual({ name: 'Norvalink', described: true });
    expect(germanName('Norvalink-Chef Jonas Bräuning')).toEqual({ name: 'Jonas Bräuning', described: true });
    expect(germanName('Leitung von Mara Quast')).toEqual({ name: 'Mara Quast', described: true });
  });

  it('reads the formal "Sie" and a trailing descriptor noun as no name', () => {
    expect(germanName('Glauben Sie')).toBeNull();
    expect(germanName('Streben Sie')).toBeNull();
    expect(germanName('Bräunings Plattform')).toBeNull();
  });

  it('cuts a common noun glued after a name ("Norvalink Pläne")', () => {
    expect(germanName('Norvalink Pläne')?.name).toBe('Norvalink');
  });

  it('does not take nouns for names: abstract endings, amounts, or words mostly after an article', () => {
    expect(germanNameShows('Übernahme', true, false, 3, 0, 3)).toBe(false);
    expect(germanNameShows('Millionen Euro', false, false, 3, 0, 3)).toBe(false);
    expect(germanNameShows('Markt', true, false, 4, 3, 4)).toBe(false);
    expect(germanNameShows('Eigenständige Bahnen', false, false, 2, 0, 0)).toBe(false);
  });

  it('takes a company suffix, a large adjective mid-sentence, a voice or a repeated two-part name as a name', () => {
    expect(germanNameShows('Orbital Media AG', false, false, 1, 1, 1)).toBe(true);
    expect(germanNameShows('Deutsche Fernwerke', false, false, 3, 2, 2)).toBe(true);
    expect(germanNameShows('Tessel', false, true, 1, 0, 1)).toBe(true);
    expect(germanNameShows('Jonas Bräuning', false, false, 2, 0, 2)).toBe(true);
  });
});

describe('stakeholders of a German interview', () => {
  const a = de(STORY);
  const index = buildEntityIndex(a);
  const stakeholders = buildStakeholders(index, [], 'de');
  const names = stakeholders.map((s) => s.name);

  it('lists the company and its chief, not the nouns of the questions, and not the byline', () => {
    expect(names).toEqual(expect.arrayContaining(['Norvalink', 'Jonas Bräuning', 'Orbital Media AG']));
    for (const noun of [
      'Angebot',
      'Markt',
      'Kunden',
      'Kabel',
      'Satellit',
      'Glauben Sie',
      'Streben Sie',
      'Petra Lindqvist',
    ])
      expect(names).not.toContain(noun);
  });

  it('types a name its descriptor calls a company as an organization', () => {
    expect(stakeholders.find((s) => s.name === 'Norvalink')?.kind).toBe('organization');
  });

  it('gives the company that acts a position of its own, every evidence sentence verbatim', () => {
    const positions = findPositions(sentencesOf(a.paragraphs), stakeholders, index, [], 'de');
    const company = positions.find((p) => p.holder === 'Norvalink');
    expect(company).toBeDefined();
    for (const p of positions)
      p.evidence.forEach((e, i) =>
        expect(
          a.paragraphs[p.evidencePositions[i].paragraph].slice(
            p.evidencePositions[i].start,
            p.evidencePositions[i].end,
          ),
        ).toBe(e),
      );
  });
});

describe('a body speaking through its head (German)', () => {
  it('stands where its chief speaks for it in a title that names it ("Norvalink-Chef Jonas Bräuning will …")', () => {
    const paragraphs = [
      'Im Streit um die Gebühren meldet sich die Branche zu Wort.',
      'Norvalink-Chef Jonas Bräuning will mit einem Angebot auf den Markt kommen, das günstiger sein soll.',
      'Bei dem Mobilfunkanbieter Norvalink arbeiten 300 Menschen.',
      '„Wir sind günstiger als alle anderen“, sagt Jonas Bräuning.',
    ];
    const a = article(paragraphs, { lang: 'de', title: 'Norvalink greift an' });
    const index = buildEntityIndex(a);
    const stakeholders = buildStakeholders(index, [], 'de');
    const positions = findPositions(sentencesOf(paragraphs), stakeholders, index, [], 'de');
    const company = positions.find((p) => p.holder === 'Norvalink');
    expect(company?.evidence).toEqual([paragraphs[1]]);
  });
});

describe('German reporting and titles', () => {
  it('reads "glaubt X", "sagt X" and "Laut X" as X speaking, and gives a link noun no title ("Taktplan von Nordbahn")', () => {
    const paragraphs = [
      'Der Taktplan von Nordbahn und Verkehrsministerin Ilse Quandt soll 2030 kommen.',
      'Nur durch Wettbewerb werde es günstiger, glaubt Jonas Bräuning. Der Plan sei zu teuer, sagt Jonas Bräuning.',
      'Laut Ilse Quandt wird der Plan die Kunden entlasten.',
    ];
    const a = article(paragraphs, { lang: 'de', title: 'Nordbahn plant neuen Takt' });
    const index = buildEntityIndex(a);
    const stakeholders = buildStakeholders(index, [], 'de');
    expect(stakeholders.find((s) => s.name === 'Nordbahn')?.role ?? null).toBeNull();
    const positions = findPositions(sentencesOf(paragraphs), stakeholders, index, [], 'de');
    expect(positions.find((p) => p.holder === 'Jonas Bräuning')?.evidence).toContain(
      'Nur durch Wettbewerb werde es günstiger, glaubt Jonas Bräuning.',
    );
    expect(positions.find((p) => p.holder === 'Ilse Quandt')?.evidence).toContain(paragraphs[2]);
  });
});
