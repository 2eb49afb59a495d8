import { Fragment } from 'preact';
import type { Digest } from '../lib/types';
import { t } from '../lib/i18n';
import { formatDate } from '../lib/format';
import { pageText } from './text';

export function DigestHeader({ digest }: { digest: Digest }) {
  const date = formatDate(digest.publishedTime);
  const meta = [digest.siteName, digest.byline, date, t('minRead', digest.readingMinutes)].filter(Boolean) as string[];
  return (
    <header class="digest-header">
      <h1 class="title" {...pageText(digest)}>
        {digest.title || t('untitledPage')}
      </h1>
      <p class="meta">
        {meta.map((part, i) => (
          <Fragment key={i}>
            {i > 0 && ' · '}
            <span>{part}</span>
          </Fragment>
        ))}
      </p>
    </header>
  );
}
