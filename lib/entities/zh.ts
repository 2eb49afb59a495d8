// Chinese bodies and groups: no capitals tell a name, so the actors a story is about are read
// from its title: a term of the title that ends in a word for a body or a group of people
// (两会, 留学生, 教育部, 消费者) and that the body of the article keeps coming back to.
import type { StakeholderKind } from '../types';
import { BODY_END_JA, BODY_SUFFIXES_JA, HONORIFICS_JA, NAME_WITH_TITLE_JA } from '../lang/ja';
import { SURNAMES_ZH, TITLES_ZH } from '../lang/zh';

/** Endings of words for bodies (会 assembly, 部 ministry, 公司 company…) and groups of people (生 students, 者, 民…). */
const BODY_ENDINGS = [
  '会',
  '部',
  '局',
  '院',
  '委',
  '厅',
  '党',
  '政府',
  '公司',
  '集团',
  '大学',
  '银行',
  '法院',
  '组织',
  '机构',
  '协会',
  '联盟',
];
const GROUP_ENDINGS = ['生', '者', '员', '民', '师', '家', '代表', '委员', '队', '军'];
/** Site names after a separator ("…_教育频道_中国青年网") are not the story's. */
const SITE_SEPARATOR = /[_|｜]|\s[-—–]\s/;
const HAN_RUN = /[\u4e00-\u9fff]+/g;
const MIN_USES = 3;

export interface TitleActor {
  name: string;
  kind: StakeholderKind;
}

export function titleActors(title: string | null, paragraphs: string[]): TitleActor[] {
  const head = (title ?? '').split(SITE_SEPARATOR)[0];
  const body = paragraphs.join('\n');
  const found: TitleActor[] = [];
  for (const run of head.match(HAN_RUN) ?? []) {
    for (let len = Math.min(6, run.length); len >= 2; len--) {
      for (let i = 0; i + len <= run.length; i++) {
        const term = run.slice(i, i + len);
        if (found.some((f) => f.name.includes(term))) continue;
        const body_ = BODY_ENDINGS.some((e) => term.endsWith(e) && term.length > e.length);
        const group = GROUP_ENDINGS.some((e) => term.endsWith(e) && term.length > e.length);
        if (!body_ && !group) continue;
        // a long term (国家统计局) is specific enough at two uses besides the title's
        if (countOf(body, term) < (term.length >= 4 ? 2 : MIN_USES)) continue;
        found.push({ name: term, kind: body_ ? 'organization' : 'group' });
      }
    }
  }
  return found;
}

function countOf(text: string, term: string): number {
  let n = 0;
  for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + term.length)) n++;
  return n;
}

export interface TitledPerson {
  name: string;
  role: string | null;
}

/**
 * People a Japanese article names with the title written after the name (岸本首相は,
 * 経済評論家の中村健一氏が): a kanji or katakana run of two to five characters that is no
 * body's name (民政党代表 is the party's office).
 */
export function japanesePeople(paragraphs: string[]): TitledPerson[] {
  const found = new Map<string, TitledPerson>();
  for (const text of paragraphs)
    for (const m of text.matchAll(NAME_WITH_TITLE_JA)) {
      const name = m[1];
      if (name.length < 2 || name.length > 5 || name.startsWith('同') || BODY_END_JA.test(name)) continue;
      const role = HONORIFICS_JA.has(m[2]) ? null : m[2];
      const had = found.get(name);
      if (!had) found.set(name, { name, role });
      else if (!had.role && role) had.role = role;
    }
  return [...found.values()];
}

/**
 * Companies and bodies a Japanese article makes the subject of a clause (ミナト電工は,
 * 東西銀行が): a katakana or kanji run ending in a body's suffix.
 */
export function japaneseBodies(paragraphs: string[]): string[] {
  const re = new RegExp(
    `([\\p{Script=Katakana}ー\\p{Script=Han}]{1,10}(?:${[...BODY_SUFFIXES_JA].sort((a, b) => b.length - a.length).join('|')}))(?=は|が|も|と|の|、)`,
    'gu',
  );
  const found = new Set<string>();
  for (const text of paragraphs)
    for (const m of text.matchAll(re)) {
      const name = m[1];
      // a name of its own before the suffix: katakana (ミナト電工) or at least two kanji (東西銀行)
      if (/^(?:同|当|大手|国内|海外|地元|各)/u.test(name) || name.length < 3) continue;
      found.add(name);
    }
  return [...found];
}

const SURNAME_SET = new Set(SURNAMES_ZH.split(''));
/** Characters that follow a name and are no part of it (陈明在…, 陈明说, 陈明表示). */
const AFTER_NAME = /[在说表称认指介强透告坦直回提写解补感呼宣问希建等和与对也还则都的是，。：、“]/u;
const TITLE_ZH_RE = new RegExp(`(?:${[...TITLES_ZH].sort((a, b) => b.length - a.length).join('|')})$`, 'u');

/** People a Chinese article names after their title (副秘书长陈士华, 总裁陈明): two or three characters from a family name. */
export function chineseTitledPeople(paragraphs: string[]): TitledPerson[] {
  const found = new Map<string, TitledPerson>();
  for (const text of paragraphs)
    for (let i = 1; i < text.length - 1; i++) {
      if (!SURNAME_SET.has(text[i])) continue;
      const title = TITLE_ZH_RE.exec(text.slice(Math.max(0, i - 6), i));
      if (!title) continue;
      const three = text.slice(i, i + 3);
      const name =
        three.length === 3 && !AFTER_NAME.test(three[2]) && /\p{Script=Han}/u.test(three[2])
          ? three
          : text.slice(i, i + 2);
      if (name.length < 2 || AFTER_NAME.test(name[1]) || !/\p{Script=Han}/u.test(name[1])) continue;
      if (!found.has(name)) found.set(name, { name, role: title[0] });
    }
  return [...found.values()];
}
