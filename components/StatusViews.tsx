import type { DigestFailure, FailureReason } from '../lib/messages';
import { say, t, type MessageKey } from '../lib/i18n';

export function LoadingView({ force }: { force?: boolean }) {
  return (
    <div class="loading" role="status" aria-live="polite">
      <span class="visually-hidden">{force ? t('digestingVisible') : t('readingArticle')}</span>
      <div class="skeleton skeleton-title" aria-hidden="true" />
      <div class="skeleton skeleton-meta" aria-hidden="true" />
      {[0, 1, 2].map((i) => (
        <div key={i} class="skeleton skeleton-quote" aria-hidden="true" />
      ))}
    </div>
  );
}

const TITLES: Record<FailureReason, MessageKey> = {
  restricted: 'failRestricted',
  unsupported: 'failUnsupported',
  'not-article': 'failNotArticle',
  empty: 'failEmpty',
  'too-large': 'failTooLarge',
  'tab-gone': 'failTabGone',
  navigated: 'failNavigated',
  'no-tab': 'failNoTab',
  timeout: 'failTimeout',
  'injection-failed': 'failInjection',
  internal: 'failInternal',
};

/** Failures that may go away on a second try (the page was still loading, a worker hiccup). */
const RETRYABLE = new Set<FailureReason>(['navigated', 'timeout', 'injection-failed', 'internal', 'empty']);

interface Props {
  failure: DigestFailure;
  onForce: () => void;
  onRetry: () => void;
}

export function FailureView({ failure, onForce, onRetry }: Props) {
  return (
    <div class={`failure failure-${failure.reason}`} role="alert">
      <h1 class="failure-title">{t(TITLES[failure.reason] ?? TITLES.internal)}</h1>
      <p class="failure-message">{say(failure.note)}</p>
      <div class="actions">
        {failure.canForce && (
          <button type="button" class="primary" onClick={onForce}>
            {t('digestAnyway')}
          </button>
        )}
        {RETRYABLE.has(failure.reason) && (
          <button type="button" class={failure.canForce ? '' : 'primary'} onClick={onRetry}>
            {t('tryAgain')}
          </button>
        )}
      </div>
    </div>
  );
}
