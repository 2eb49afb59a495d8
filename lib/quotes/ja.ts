// Japanese attribution: 「」 holds speech when と and a verb of saying follow it (「…」と述べた),
// and the speaker is the subject of that clause: a name with the title Japanese writes after it
// (岸本首相は, 経済評論家の中村健一氏は, 同社の山田一郎社長が), or 同氏 / 同首相 for the
// last one named.
import { BODY_END_JA, HONORIFICS_JA, NAME_WITH_TITLE_JA, QUOTE_CLOSE_JA, SAME_ONE_JA } from '../lang/ja';
import type { Who } from './attribution';

export const MAX_NAME_JA = 5;

export function isJapanese(masked: string[]): boolean {
  const sample = masked.slice(0, 8).join('');
  return (sample.match(/[\p{Script=Hiragana}\p{Script=Katakana}]/gu) ?? []).length >= 10;
}

export class JaAttributor {
  private last: { name: string; role: string | null } | null = null;
  private readonly all: string;

  constructor(masked: string[]) {
    this.all = masked.join('\n');
  }

  private uses(s: string): number {
    let n = 0;
    for (let at = this.all.indexOf(s); at >= 0 && n < 3; at = this.all.indexOf(s, at + s.length)) n++;
    return n;
  }

  /** The named subject of a clause (the last one), or the last person named when it says 同氏. */
  private subject(clause: string): Who | null {
    let found: Who | null = null;
    for (const m of clause.matchAll(NAME_WITH_TITLE_JA)) {
      let name = m[1];
      // "民政党佐藤花子": the name is the tail the article also writes on its own
      if (name.length > MAX_NAME_JA) {
        const tail = [4, 3, 2].map((k) => name.slice(-k)).find((t) => this.uses(t) >= 2);
        if (!tail) continue;
        name = tail;
      }
      if (name.startsWith('同') || name.length < 2 || BODY_END_JA.test(name)) continue;
      const title = m[2];
      const role = HONORIFICS_JA.has(title) ? null : title;
      found = { speaker: name, role, anonymous: false };
    }
    if (!found && SAME_ONE_JA.test(clause) && this.last)
      found = { speaker: this.last.name, role: this.last.role, anonymous: false };
    if (!found && /(?:^|[、。])(?:彼|彼女)(?:は|が)/u.test(clause) && this.last)
      found = { speaker: this.last.name, role: this.last.role, anonymous: false };
    return found;
  }

  attribute(head: string, tail: string): (Who & { cue: string }) | null {
    const close = QUOTE_CLOSE_JA.exec(tail);
    if (!close) return null;
    const cue = close[0].slice(1).replace(/^[^。]*?(?=述べ|語|話|言|説明|強調|指摘|批判|し)/u, '') || 'と';
    // 「…」と佐藤代表は述べた: the subject between と and the verb
    const who = this.subject(close[0].slice(1)) ?? this.subject(head.split(/[。！？]/).pop() ?? '');
    if (!who?.speaker) return null;
    this.last = { name: who.speaker, role: who.role };
    return { ...who, cue };
  }
}
