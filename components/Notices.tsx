import { t } from '../lib/i18n';

export function Notices({ notices }: { notices: string[] }) {
  if (!notices.length) return null;
  return (
    <ul class="notices" aria-label={t('notices')}>
      {notices.map((n, i) => (
        <li key={i}>{n}</li>
      ))}
    </ul>
  );
}
