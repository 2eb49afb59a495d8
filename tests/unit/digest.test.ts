import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../lib/digest';
import { say } from '../../lib/i18n';
import { article } from './entities/fixture';

const lines = ['“Wir bauen den Hafen neu”, sagte Bürgermeisterin Anna Vogt am Montag.', 'Die Fischer sind dagegen.'];

describe('notices about what the engine can read', () => {
  it('says when the article is in a language whose verbs of speech it does not know', () => {
    const d = buildDigest({
      ...article(['항구 계획에 대한 회의가 열렸다.', '“우리는 기다릴 수 없다”라고 시장이 말했다.']),
      lang: 'ko',
    });
    expect(d.notices[0]).toEqual({ code: 'noticeLanguage', params: { language: 'ko' } });
    expect(say(d.notices[0])).toMatch(/^Standpoint does not fully read Korean yet/);
    expect(d.quotes.map((q) => q.text)).toContain('우리는 기다릴 수 없다');
  });

  it('says nothing of the kind for a language it reads', () => {
    const d = buildDigest({ ...article(lines), lang: 'de' });
    expect(d.notices.map((n) => n.code)).not.toContain('noticeLanguage');
  });

  it('says when the article quotes no one', () => {
    expect(
      buildDigest(article(['The council met on Monday and approved the budget for next year.'])).notices,
    ).toContainEqual({ code: 'noticeNoQuotes' });
  });
});
