import type { Digest, Position } from '../lib/types';
import { t } from '../lib/i18n';
import { pageText } from './text';

interface Props {
  digest: Digest;
  /** Scroll the article to an evidence sentence and highlight it. */
  onJump?: (passage: string) => void;
}

export function PositionList({ digest, onJump }: Props) {
  const { positions } = digest;
  return (
    <section class="section" aria-labelledby="positions-heading">
      <div class="section-head">
        <h2 id="positions-heading">
          {t('positions')} <span class="count">{positions.length}</span>
        </h2>
      </div>
      {positions.length ? (
        <ul class="positions">
          {positions.map((p, i) => (
            <PositionItem key={i} p={p} digest={digest} onJump={onJump} />
          ))}
        </ul>
      ) : (
        <p class="empty-note">{t('noPositions')}</p>
      )}
    </section>
  );
}

function PositionItem({ p, digest, onJump }: { p: Position } & Props) {
  return (
    <li class="position">
      <p class="holder" {...pageText(digest)}>
        {p.holder}
      </p>
      <p class="position-text" {...pageText(digest)}>
        {p.text}
      </p>
      {p.evidence.length > 0 && (
        <details class="evidence">
          <summary>{t('evidenceCount', p.evidence.length)}</summary>
          {p.evidence.map((e, i) => (
            <blockquote key={i} {...pageText(digest)}>
              {onJump ? (
                <button type="button" class="evidence-jump" title={t('showInArticle')} onClick={() => onJump(e)}>
                  {e}
                </button>
              ) : (
                e
              )}
            </blockquote>
          ))}
        </details>
      )}
    </li>
  );
}
