// Names that French, Spanish, Portuguese and Italian write partly in lower case, which a scan
// for capitalised runs cuts short: an elided particle inside a name ("Quai d’Orsay", "Côte
// d’Ivoire") and a ministry whose head noun and adjectives stay lower case ("ministère des
// Affaires étrangères", "ministère de l’Intérieur").
import type { NameSpan } from './scan';
import { isTitleWord } from './lexicon';

/** A name followed by an elided "d’" particle and a capitalised word ("l’" is an article, not part of a name). */
const ELIDED = /^ (d['’]\p{Lu}[\p{L}\p{M}-]*)/u;
/** A ministry: lower-case head, particle, capitalised domain, an optional second one and lower-case adjectives. */
const MINISTRY = new RegExp(
  String.raw`(?<![\p{L}])(ministère|ministerio|ministério|ministero)\s+(?:des\s+|du\s+|de\s+la\s+|de\s+|del\s+|da\s+|do\s+|dos\s+|das\s+|della\s+|dello\s+|degli\s+)?` +
    String.raw`((?:[dl]['’])?\p{Lu}[\p{L}\p{M}-]*(?:\s+(?:et|y|e)\s+(?:de\s+la\s+|des\s+|du\s+|de\s+|da\s+|do\s+)?(?:[dl]['’])?\p{Lu}[\p{L}\p{M}-]*)?)` +
    String.raw`((?:\s+\p{Ll}+(?:ères?|ales?|aux|iques?|elles?|aires?|ées?|ais|aises?|eros?|eras?|eiros?|eiras?|ores|ionale?s?|ional|ionais)(?![\p{L}]))*)`,
  'gu',
);

/** The domain of a minister's title ("le ministre des Affaires étrangères") names no actor of its own. */
const MINISTER_OF =
  /(?<![\p{L}])(?:ministre|ministro|ministra)\s+(?:des|du|de la|de|del|da|do|dos|das|della|degli)\s+$/iu;

/** "le ministère des Affaires étrangères a…" → "ministère des Affaires étrangères", when the phrase opens with one. */
export function ministryAt(phrase: string): string | null {
  const m = /^(?:(?:le|la|el|o|il|lo)\s+)?/iu.exec(phrase)!;
  MINISTRY.lastIndex = 0;
  const hit = MINISTRY.exec(phrase.slice(m[0].length));
  return hit && hit.index === 0 ? hit[0].replace(/\s+$/, '') : null;
}

/** A government named by a lower-case noun and a nationality ("les autorités françaises", "el gobierno argentino"). */
const GOVERNMENT =
  /(?<![\p{L}])(autorités|autoridades|autorità|gouvernement|gobierno|governo)\s+(\p{Ll}+(?:ais|aise|aises|ois|oise|oises|ien|ienne|iens|iennes|ain|aine|ains|aines|ano|ana|anos|anas|ino|ina|inos|inas|eño|eña|eños|eñas|ense|enses|ês|esa|eses|esas|eiro|eira|eiros|eiras|ol|ola|oles|olas|and|ande|ands|andes))(?![\p{L}])/gu;

/** A people or movement named by a lower-case collective noun and an adjective ("la comunidad mapuche", "los pueblos indígenas"). */
const COLLECTIVE =
  /(?<![\p{L}])(comunidad|comunidades|pueblo|pueblos|grupo|grupos|organizaciones|agrupaciones|agrupamientos|movimientos|colectivos|communauté|communautés|peuple|peuples|groupes|organisations|mouvements|comunidade|comunidades|povo|povos|organizações|movimentos)\s+(\p{Ll}{4,})(?![\p{L}])/gu;
/** Endings of verbs, not adjectives ("los grupos reclaman", "les groupes demandent"). */
const VERB_ENDING = /(?:an|en|ían|aban|aron|ieron|ó|ent|aient|èrent|am|em|aram|eram|iram|ou|ndo|ant)$/;
/** Adjectives too common to tie different nouns to one actor ("internacional", "local"). */
const GENERIC = new Set(
  (
    'internacional internacionales nacional nacionales local locales social sociales político políticos política políticas civil civiles ' +
    'nuevo nuevos nueva nuevas otro otros otra otras mismo mismos misma mismas propio propios propia propias grande grandes pequeño pequeños ' +
    'diferentes distintos varios varias muchos muchas enteros entero internationale internationales international internationaux national ' +
    'nationale nationaux locale locaux sociale sociaux politique politiques civile civils nouvelle nouveaux autre autres même mêmes propre ' +
    'grand grands petite petits plusieurs novo novos nova novas outro outros mesmo mesmos própria próprio pequeno pequenos vários várias ' +
    'entre sobre contra desde hacia hasta para pour avec sans dans chez cuyo cuya cuyos cuyas dont'
  ).split(' '),
);
const stem = (adj: string) => adj.replace(/s$/, '').replace(/e$/, '');

/** "l’Union", "d’Airbus Group": the capitalised words after an elided "l’"/"d’". */
const ELIDED_NAME = /(?<![\p{L}])[ldLD]['’](\p{Lu}[\p{L}\p{M}\-]*(?:\s\p{Lu}[\p{L}\p{M}\-]*)*)/gu;
/** Heads of bodies whose names go on in lower case in French and Italian ("Assemblée nationale", "Parti socialiste", "Unione europea"). */
const LOWER_TAILED = new Set(
  (
    'assemblée rassemblement parti partito front banque banca conseil consiglio union unione comité comitato commission commissione ' +
    'agence agenzia fédération federazione confédération mouvement movimento ligue conférence institut istituto église chiesa sénat ' +
    'senato camera armée gendarmerie police marine garde éducation sécurité fondation fondazione cour corte caisse haute conseil ' +
    'organisation organizzazione tribunal protection défense'
  ).split(' '),
);
/** Lower-case adjectives that go on such a name ("nationale", "socialiste", "européenne", "democratico"). */
const NAME_ADJECTIVE =
  /^ (\p{Ll}+(?:al|ale|ales|aux|el|elle|els|elles|ique|iques|aire|aires|ien|ienne|iens|iennes|éen|éenne|éens|éennes|ais|aise|ain|aine|if|ive|iste|istes|ano|ana|ico|ica|ali|ese|ea|eo|ato|ata))(?![\p{L}])/u;

/** An elided article before a lower-case noun ("L’économiste", "l’avocate"): a job or a thing, never a name's first word. */
const ELIDED_COMMON = /^[LlDd]['’](\p{Ll}[\p{L}\p{M}-]*)$/u;
/** "Confederación General", "Secretaría General", "Direção Geral": an adjective after a body's noun, not a title. */
const BODY_GENERAL = /^(\p{Lu}[\p{Ll}\p{M}]+) (?:General|Générale?|Geral|Generale)$/u;
/** A body named by a noun of office (-ría, -ción, -ção, -ura: "Secretaria de Educação", "Dirección de Tránsito"), which the scan takes for a title. */
const BODY_OFFICE = /^\p{Lu}[\p{Ll}\p{M}]+(?:r[ií]a|ci[óo]n|ção|tura|ura|cia|ía)$/u;
const PARTICLE_GAP = /^ (?:del|de la|de los|de las|de|des|du|de l['’]|da|do|das|dos|della|dei) $/u;

/** "de santé", "d’assurance": a lower-case noun after de, not an article ("de la", "de l’"). */
const HEALTH_LIKE_TAIL = /^ (de|d['’]) ?(?!la\b|le\b|les\b|l['’])(\p{Ll}{4,})(?![\p{L}'’])/u;

export function romanceSpans(text: string, paragraph: number, spans: NameSpan[]): NameSpan[] {
  let out = spans.map((sp) => {
    // "L’économiste Thomas Bérard": the article and the noun are the role, the name follows
    const elided = ELIDED_COMMON.exec(sp.words[0]);
    if (elided && sp.words.length > 1) {
      const at = sp.text.indexOf(sp.words[1], sp.words[0].length);
      if (at < 0) return sp;
      return {
        ...sp,
        start: sp.start + at,
        text: sp.text.slice(at),
        words: sp.words.slice(1),
        title: sp.title ?? elided[1],
        sentenceStart: false,
        trimmedStart: false,
        untrimmed: undefined,
      };
    }
    // "Confederación General del Trabajo": the scan cut at "General", a title word in English;
    // "Secretaria de Educação": a body's noun of office, not a secretary
    const body = sp.title ? BODY_GENERAL.exec(sp.title) : null;
    if ((body && !isTitleWord(body[1].toLowerCase())) || (sp.title && BODY_OFFICE.test(sp.title))) {
      const from = text.lastIndexOf(sp.title!, sp.start);
      const gap = from >= 0 ? text.slice(from + sp.title!.length, sp.start) : '';
      if (from >= 0 && (gap === ' ' || PARTICLE_GAP.test(gap))) {
        const full = text.slice(from, sp.end);
        return { ...sp, start: from, text: full, words: full.split(/\s+/), title: null };
      }
    }
    return sp;
  });
  // "Quai d’Orsay"
  if (/[dl]['’]\p{Lu}/u.test(text)) {
    out = out.map((sp) => {
      if (sp.possessive) return sp;
      const m = ELIDED.exec(text.slice(sp.end, sp.end + 40));
      if (!m) return sp;
      const end = sp.end + m[0].length;
      return { ...sp, end, text: text.slice(sp.start, end), words: [...sp.words, m[1]] };
    });
  }
  if (/minist/i.test(text))
    out = out.filter(
      (sp) => sp.words.length > 1 || !MINISTER_OF.test(text.slice(Math.max(0, sp.start - 24), sp.start)),
    );
  // "l’Assemblée", "d’Airbus", "l’ONU": a name glued to an elided article or preposition
  if (/[ldLD]['’]\p{Lu}/u.test(text)) {
    for (const m of text.matchAll(ELIDED_NAME)) {
      const start = m.index! + m[0].length - m[1].length;
      const end = m.index! + m[0].length;
      if (out.some((sp) => sp.start < end && sp.end > start)) continue;
      const words = m[1].split(/\s+/);
      out = [
        ...out,
        {
          paragraph,
          start,
          end,
          text: m[1],
          words,
          title: null,
          possessive: false,
          sentenceStart: false,
          trimmedStart: false,
          theBefore: false,
        },
      ].sort((a, b) => a.start - b.start);
    }
  }
  // "Assemblée nationale", "Banque centrale européenne"
  out = out.map((sp) => {
    if (sp.possessive || !LOWER_TAILED.has(sp.words[sp.words.length - 1].toLowerCase())) return sp;
    let end = sp.end;
    const words = [...sp.words];
    for (let n = 0; n < 2; n++) {
      const m = NAME_ADJECTIVE.exec(text.slice(end, end + 30));
      if (!m) break;
      words.push(m[1]);
      end += m[0].length;
    }
    // "Agence régionale de santé", "Haute Autorité de santé": a lower-case complement closes the name
    const tail = end > sp.end ? HEALTH_LIKE_TAIL.exec(text.slice(end, end + 30)) : null;
    if (tail) {
      words.push(tail[1], tail[2]);
      end += tail[0].length;
    }
    return end === sp.end ? sp : { ...sp, end, text: text.slice(sp.start, end), words };
  });
  // "ministère des Affaires étrangères": replaces the spans inside it
  if (/minist[eèéi]r/i.test(text)) {
    for (const m of text.matchAll(MINISTRY)) {
      const start = m.index!;
      const full = m[0].replace(/\s+$/, '');
      const end = start + full.length;
      const words = full.split(/\s+/);
      const span: NameSpan = {
        paragraph,
        start,
        end,
        text: full,
        words,
        title: null,
        possessive: false,
        sentenceStart: false,
        trimmedStart: false,
        theBefore: false,
      };
      out = [...out.filter((sp) => sp.end <= start || sp.start >= end), span].sort((a, b) => a.start - b.start);
    }
  }
  if (/comunid|pueblo|grupo|organiza|agrupa|movim|colectiv|communaut|peuple|groupe|organisa|mouvem|povo/i.test(text)) {
    for (const m of text.matchAll(COLLECTIVE)) {
      const adj = m[2];
      if (VERB_ENDING.test(adj) || ['que', 'qui', 'quien', 'quienes', 'donde', 'como', 'cuando'].includes(adj))
        continue;
      const start = m.index!;
      const end = start + m[0].length;
      if (out.some((sp) => sp.start < end && sp.end > start)) continue;
      // one people under several nouns ("comunidad mapuche", "grupos mapuches"); a common adjective keeps its noun
      const words = GENERIC.has(adj) ? [m[1], adj] : ['grupo', stem(adj)];
      if (GENERIC.has(adj) && !/^(?:comunidad|communauté|comunidade)$/.test(m[1])) continue;
      out = [
        ...out,
        {
          paragraph,
          start,
          end,
          text: m[0],
          words,
          title: null,
          possessive: false,
          sentenceStart: false,
          trimmedStart: false,
          theBefore: false,
        },
      ].sort((a, b) => a.start - b.start);
    }
  }
  if (/autori|gouvern|gobiern|govern/i.test(text)) {
    for (const m of text.matchAll(GOVERNMENT)) {
      const start = m.index!;
      const end = start + m[0].length;
      if (out.some((sp) => sp.start < end && sp.end > start)) continue;
      out = [
        ...out,
        {
          paragraph,
          start,
          end,
          text: m[0],
          words: [m[1], m[2]],
          title: null,
          possessive: false,
          sentenceStart: false,
          trimmedStart: false,
          theBefore: false,
        },
      ].sort((a, b) => a.start - b.start);
    }
  }
  return out;
}
