import { useState } from 'preact/hooks';
import { t, tn } from '../lib/i18n';
import type { Digest, Stakeholder } from '../lib/types';
import { pageText } from './text';

const FIRST = 8;

export function StakeholderList({ digest }: { digest: Digest }) {
  const [all, setAll] = useState(false);
  const { stakeholders } = digest;
  const shown = all ? stakeholders : stakeholders.slice(0, FIRST);
  return (
    <section class="section" aria-labelledby="stakeholders-heading">
      <div class="section-head">
        <h2 id="stakeholders-heading">
          {t('stakeholders')} <span class="count">{stakeholders.length}</span>
        </h2>
      </div>
      {stakeholders.length ? (
        <ul class="stakeholders">
          {shown.map((s) => (
            <StakeholderItem key={s.name} s={s} digest={digest} />
          ))}
        </ul>
      ) : (
        <p class="empty-note">{t('noStakeholders')}</p>
      )}
      {stakeholders.length > FIRST && (
        <button type="button" class="link" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? t('showFewer') : t('showAll', stakeholders.length)}
        </button>
      )}
    </section>
  );
}

function StakeholderItem({ s, digest }: { s: Stakeholder; digest: Digest }) {
  return (
    <li class={s.central ? 'stakeholder central' : 'stakeholder'}>
      <div class="stakeholder-line">
        <span class="name" {...pageText(digest)}>
          {s.name}
        </span>
        <span class={`kind kind-${s.kind}`}>{t(`kind_${s.kind}`)}</span>
        <span class="stats">
          {tn('mentionCount', s.mentions)}
          {' · '}
          {s.quoted ? t('quotedTimes', s.quoteCount) : t('notQuoted')}
        </span>
      </div>
      {s.role && (
        <p class="role" {...pageText(digest)}>
          {s.role}
        </p>
      )}
    </li>
  );
}
