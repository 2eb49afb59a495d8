import { describe, expect, it } from 'vitest';
import { quote, quotesOf } from './fixture';

describe('other languages', () => {
  it('Spanish: dijo, según, and dropped subjects', () => {
    const qs = quotesOf(
      [
        'La ministra Carmen Ruiz visitó el puerto.',
        '“Vamos a invertir en el puerto este año”, dijo Ruiz.',
        '“No hay dinero para todo lo que se prometió”, según Pablo Serrano.',
      ],
      'es',
    );
    expect(quote(qs, 'Vamos').speaker).toBe('Carmen Ruiz');
    expect(quote(qs, 'No hay').speaker).toBe('Pablo Serrano');
  });

  it('French: guillemets and inverted verbs', () => {
    const qs = quotesOf(['« Nous ne signerons pas cet accord en l’état », a déclaré Claire Martin.'], 'fr');
    expect(qs[0].speaker).toBe('Claire Martin');
  });

  it('German: low-high marks and sagte', () => {
    const qs = quotesOf(['„Wir werden die Brücke im Herbst eröffnen“, sagte Jonas Weber.'], 'de');
    expect(qs[0].speaker).toBe('Jonas Weber');
  });

  it('German: "der" after a name is an article, and compound offices are titles', () => {
    const qs = quotesOf(
      [
        'Finanzministerin Karla Heimberg lehnte den Plan ab.',
        '„Wir können nicht immer mehr Schulden machen“, sagte Heimberg der Zeitung.',
      ],
      'de',
    );
    expect(qs[0].speaker).toBe('Karla Heimberg');
  });

  it('keeps "der" inside a name after "van"', () => {
    const qs = quotesOf(['"We will be back next season with a stronger team," said Pieter Van der Sar.'], 'en');
    expect(qs[0].speaker).toBe('Pieter Van der Sar');
  });

  it('Portuguese: afirmou', () => {
    const qs = quotesOf(['"O projeto vai sair do papel em breve", afirmou Ana Souza.'], 'pt');
    expect(qs[0].speaker).toBe('Ana Souza');
  });

  it('Spanish: the name in the apposition, not the body hanging off the description', () => {
    const qs = quotesOf(
      ['El líder del PNR, Tomás Ibarra, criticó la norma: "Va a hundir el mercado del alquiler en todo el país".'],
      'es',
    );
    expect(qs[0].speaker).toBe('Tomás Ibarra');
  });

  it('Spanish and Portuguese: "Para X, «…»" credits X', () => {
    const es = quotesOf(['Para la ministra de Vivienda, Isabel Roldán, "los datos nos dan toda la razón".'], 'es');
    expect(es[0].speaker).toBe('Isabel Roldán');
    const pt = quotesOf(['Para o economista Paulo Serra, "o corte precisa poupar os mais pobres".'], 'pt');
    expect(pt[0].speaker).toBe('Paulo Serra');
  });

  it('a platform after a preposition is not part of the speaker’s name ("píše na Twitter")', () => {
    const qs = quotesOf(
      ['"Stali se excelentním týmem a trenér si zaslouží kredit," píše na Twitter Petr Kolář.'],
      'cs',
    );
    expect(qs[0].speaker).toBe('Petr Kolář');
  });

  it('Italian: ha detto, secondo', () => {
    const qs = quotesOf(
      [
        '«Non firmeremo questo accordo così com’è», ha detto Marco Bellini.',
        '«Il porto riaprirà entro la fine dell’anno», secondo Giulia Ferri.',
      ],
      'it',
    );
    expect(quote(qs, 'Non firmeremo').speaker).toBe('Marco Bellini');
    expect(quote(qs, 'Il porto').speaker).toBe('Giulia Ferri');
  });

  it('Polish: powiedział, and the low-high marks', () => {
    const qs = quotesOf(['„Nie podpiszemy tej umowy w obecnym kształcie” – powiedział Jan Kowalski.'], 'pl');
    expect(qs[0].speaker).toBe('Jan Kowalski');
  });

  it('Dutch: zei, aldus', () => {
    const qs = quotesOf(
      [
        '"We gaan de brug in het najaar openen," zei Pieter de Vries.',
        '"Het budget is nog lang niet rond," aldus Anouk Jansen.',
      ],
      'nl',
    );
    expect(quote(qs, 'We gaan').speaker).toBe('Pieter de Vries');
    expect(quote(qs, 'Het budget').speaker).toBe('Anouk Jansen');
  });

  it('Czech: uvedl and low-high marks', () => {
    const qs = quotesOf(['„Nemocnice bude otevřená celý rok,“ uvedl Petr Novák.'], 'cs');
    expect(qs[0].speaker).toBe('Petr Novák');
  });

  it('Russian: guillemets and заявил', () => {
    const qs = quotesOf(['«Мы не будем повышать цены в этом году», — заявил Иван Смирнов.'], 'ru');
    expect(qs[0].speaker).toBe('Иван Смирнов');
  });

  it('Chinese: the name before 表示 and a pronoun after it', () => {
    const qs = quotesOf(
      ['王小明是一名工程师。王小明表示：“这个项目明年就能完成。”', '他说：“我们会继续努力工作下去。”'],
      null,
    );
    expect(quote(qs, '这个项目').speaker).toBe('王小明');
    expect(quote(qs, '我们会').speaker).toBe('王小明');
  });

  it('French: after a comma the subject follows the verb, past a day name', () => {
    const qs = quotesOf(
      [
        'Deux ponts ont cédé dans la vallée du Rhône, a déclaré mardi Paul Lemaire. Les secours cherchent toujours «plus de trente familles» au village.',
      ],
      'fr',
    );
    expect(quote(qs, 'plus de trente').speaker).toBe('Paul Lemaire');
  });

  it('French: a title without a name is the person the paragraph then quotes', () => {
    const qs = quotesOf(
      [
        'Un pont a cédé près de Lyon, a déclaré jeudi le ministre des Transports. Les secours cherchent «plus de trente familles» au village. «Nous ferons tout pour les retrouver», a ajouté Paul Lemaire.',
      ],
      'fr',
    );
    expect(quote(qs, 'plus de trente').speaker).toBe('Paul Lemaire');
  });

  it('a place after a preposition of place never speaks', () => {
    const qs = quotesOf(
      [
        'Un pont a cédé samedi au Portugal, a déclaré le ministre. Les secours cherchent «plus de trente familles» au village.',
      ],
      'fr',
    );
    expect(quote(qs, 'plus de trente').speaker).toBeNull();
  });

  it('Spanish: llamó, and the subject of the last of two joined clauses', () => {
    const qs = quotesOf(
      [
        'El economista Pedro Gómez describía una economía así como frágil y la historiadora Ana Ruiz llamó al país "una casa sin cimientos firmes".',
      ],
      'es',
    );
    expect(qs[0].speaker).toBe('Ana Ruiz');
  });

  it('Czech: a medium named like a web address, after "to vidí podobně"', () => {
    const qs = quotesOf(
      [
        '"Je to skvělý hráč a celý tým ho potřebuje," hodnotí večerník Daily Post.',
        'Web Sport.Praha to vidí podobně. "Opět byl silný ve vzduchu, ale ve finální fázi se nerozhodoval dobře."',
      ],
      'cs',
    );
    expect(quote(qs, 'Opět').speaker).toBe('Sport.Praha');
    expect(quote(qs, 'Je to').speaker).toBe('Daily Post');
  });

  it('Spanish: a source of a body the article named in lower case speaks for that body', () => {
    const qs = quotesOf(
      [
        'Los sindicatos de transporte anunciaron un paro.',
        'Una fuente de los sindicatos nos lo explicó así: "No vamos a levantar la medida sin un acuerdo firmado".',
      ],
      'es',
    );
    expect(qs[0].speaker).toBe('sindicatos de transporte');
    expect(qs[0].anonymous).toBe(false);
  });

  it('Spanish: a source of an unnamed body stays anonymous', () => {
    const qs = quotesOf(
      ['Una fuente de los sindicatos nos lo explicó así: "No vamos a levantar la medida sin un acuerdo firmado".'],
      'es',
    );
    expect(qs[0].speaker).toBeNull();
    expect(qs[0].anonymous).toBe(true);
  });

  it('dash speech in Spanish gets the narrator’s speaker', () => {
    const qs = quotesOf(['—No vamos a firmar nada hoy —dijo Luis Ortega—. Es una trampa para todos.'], 'es');
    expect(qs.map((q) => q.speaker)).toEqual(['Luis Ortega', 'Luis Ortega']);
  });
});

describe('asides inside the marks', () => {
  it('splits «Speech, – said X. – More speech» into two quotes by X (Russian)', () => {
    const qs = quotesOf(
      [
        'Певица дала интервью. «Мы долго ждали этого дня и готовились, – рассказала Анна Петрова. – Теперь всё будет совсем иначе»',
      ],
      'ru',
    );
    expect(qs.map((q) => q.text)).toEqual(['Мы долго ждали этого дня и готовились,', 'Теперь всё будет совсем иначе']);
    expect(qs.every((q) => q.speaker === 'Анна Петрова')).toBe(true);
  });

  it('keeps an outer quote whose closing mark was shared with a nested one', () => {
    const qs = quotesOf(['Она сказала: «Я говорю себе каждый день: «Не сдавайся и иди дальше!»'], 'ru');
    expect(qs[0].text).toBe('Я говорю себе каждый день: «Не сдавайся и иди дальше!');
  });
});

describe('more language patterns', () => {
  it('French: "a-t-il déclaré" resolves the pronoun', () => {
    const qs = quotesOf(
      [
        'Le ministre Jean Dupont était à Lyon.',
        '« Nous allons investir massivement dans le rail », a-t-il déclaré jeudi.',
      ],
      'fr',
    );
    expect(qs[0].speaker).toBe('Jean Dupont');
  });

  it('Chinese: a place between the name and the verb', () => {
    const qs = quotesOf(['外交部发言人汪文斌在记者会上表示，“中方的立场是一贯的。”'], 'zh');
    expect(qs[0].speaker).toBe('汪文斌');
  });

  it('Portuguese: "disse ele" after a title before the name', () => {
    const qs = quotesOf(['O técnico Tite falou com a imprensa.', '"Vamos jogar para vencer sempre", disse ele.'], 'pt');
    expect(qs[0]).toMatchObject({ speaker: 'Tite', role: 'técnico' });
  });
});

describe('inverted speakers after the verb', () => {
  it('Czech: the person after the verb outranks the outlet, and the role is only the office', () => {
    const qs = quotesOf(
      ['„Rozpočet musíme udržet pod kontrolou celý rok,“ řekl serveru Aktuálně.cz ministr Jan Novák.'],
      'cs',
    );
    expect(qs[0]).toMatchObject({ speaker: 'Jan Novák', role: 'ministr' });
  });
});

describe('sentence-opening words are not people', () => {
  it('Portuguese: "o comandante" is the coach named before, not an opening adverb or a tournament', () => {
    const qs = quotesOf(
      [
        'O técnico Tite falou com a imprensa na segunda.',
        'Apesar disso, Tite não questionou a festa do título do Campeonato Brasileiro.',
        '"Errei lá atrás e não faria de novo com ninguém", acrescentou o comandante.',
      ],
      'pt',
    );
    expect(qs[0].speaker).toBe('Tite');
  });
});
