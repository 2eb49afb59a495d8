// Chinese bodies and groups: no capitals tell a name, so the actors a story is about are read
// from its title: a term of the title that ends in a word for a body or a group of people
// (两会, 留学生, 教育部, 消费者) and that the body of the article keeps coming back to.
import type { StakeholderKind } from '../types';
import { BODY_END_JA, HONORIFICS_JA, NAME_WITH_TITLE_JA } from '../lang/ja';

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
