import { say, t } from '../lib/i18n';
import type { Notice } from '../lib/notes';

export function Notices({ notices }: { notices: Notice[] }) {
  if (!notices.length) return null;
  return (
    <ul class="notices" aria-label={t('listOfNotices')}>
      {notices.map((n, i) => (
        <li key={i}>{say(n)}</li>
      ))}
    </ul>
  );
}
