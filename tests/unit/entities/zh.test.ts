import { describe, expect, it } from 'vitest';
import { buildEntityIndex } from '../../../lib/entities';
import { titleActors } from '../../../lib/entities/zh';
import { buildStakeholders } from '../../../lib/stakeholders';
import { article } from './fixture';

const BODY = [
  '今年的农博会吸引了很多参观者。',
  '农博会上，参观者对新品种很感兴趣。',
  '不少参观者表示，农博会办得很好。',
  '农民王建国说，他第一次来农博会。',
];

describe('Chinese bodies and groups from the title', () => {
  it('takes title terms ending in a body or group word that the text keeps returning to', () => {
    const found = titleActors('参观者眼中的农博会_新闻频道_某某网', BODY);
    expect(found).toEqual([
      { name: '参观者', kind: 'group' },
      { name: '农博会', kind: 'organization' },
    ]);
  });

  it('ignores the site name after the separator and terms used only in passing', () => {
    expect(titleActors('农民的一天_新闻频道_某某网', BODY)).toEqual([]);
  });

  it('lists them as central stakeholders', () => {
    const a = article(BODY, { title: '参观者眼中的农博会', lang: 'zh' });
    const names = buildStakeholders(buildEntityIndex(a), [], 'zh')
      .filter((s) => s.central)
      .map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['参观者', '农博会']));
  });
});
