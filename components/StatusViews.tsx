import type { DigestFailure, FailureReason } from '../lib/messages';

export function LoadingView({ force }: { force?: boolean }) {
  return (
    <div class="loading" role="status" aria-live="polite">
      <span class="visually-hidden">{force ? 'Digesting the visible text…' : 'Reading the article…'}</span>
      <div class="skeleton skeleton-title" aria-hidden="true" />
      <div class="skeleton skeleton-meta" aria-hidden="true" />
      {[0, 1, 2].map((i) => (
        <div key={i} class="skeleton skeleton-quote" aria-hidden="true" />
      ))}
    </div>
  );
}

const TITLES: Record<FailureReason, string> = {
  restricted: 'This page can’t be read',
  unsupported: 'Not a web page',
  'not-article': 'This doesn’t look like an article',
  empty: 'Nothing to digest',
  'too-large': 'This page is too large',
  'tab-gone': 'The tab was closed',
  navigated: 'The page changed',
  'no-tab': 'No tab to read',
  timeout: 'The page took too long',
  'injection-failed': 'Couldn’t read this page',
  internal: 'Something went wrong',
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
      <h1 class="failure-title">{TITLES[failure.reason] ?? TITLES.internal}</h1>
      <p class="failure-message">{failure.message}</p>
      <div class="actions">
        {failure.canForce && (
          <button type="button" class="primary" onClick={onForce}>
            Digest anyway
          </button>
        )}
        {RETRYABLE.has(failure.reason) && (
          <button type="button" class={failure.canForce ? '' : 'primary'} onClick={onRetry}>
            Try again
          </button>
        )}
      </div>
    </div>
  );
}
