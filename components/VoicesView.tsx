// "Who gets to speak": each speaker's share of the quoted words as a bar, unnamed sources and
// quotes with no speaker as rows of their own, then who is talked about but never quoted.
import { t, tn } from '../lib/i18n';
import type { Digest } from '../lib/types';
import { voiceRows, type VoiceRow } from '../lib/voices';
import { pageText } from './text';

const FIRST = 6;

export function VoicesView({ digest }: { digest: Digest }) {
  const rows = voiceRows(digest.quotes);
  const { unquoted, anonymousShare } = digest.voices;
  if (!rows.length && !unquoted.length) return null;
  const named = rows.filter((r) => r.kind === 'named');
  const shown = [...named.slice(0, FIRST), ...rows.filter((r) => r.kind !== 'named')];
  const more = named.length - Math.min(named.length, FIRST);
  return (
    <section class="section" aria-labelledby="voices-heading">
      <div class="section-head">
        <h2 id="voices-heading">{t('voicesHeading')}</h2>
      </div>
      {rows.length > 0 && (
        <ul class="voice-rows">
          {shown.map((row) => (
            <VoiceItem key={`${row.kind}:${row.name ?? ''}`} row={row} digest={digest} />
          ))}
        </ul>
      )}
      {more > 0 && <p class="voices">{tn('voicesMore', more)}</p>}
      {anonymousShare >= 0.05 && <p class="voices">{t('anonymousShare', Math.round(anonymousShare * 100))}</p>}
      {unquoted.length > 0 && (
        <p class="voices">
          {t('mentionedNotQuoted')} <span {...pageText(digest)}>{unquoted.join(', ')}</span>
        </p>
      )}
    </section>
  );
}

function VoiceItem({ row, digest }: { row: VoiceRow; digest: Digest }) {
  const percent = Math.round(row.share * 100);
  const label =
    row.kind === 'anonymous' ? t('unnamedSources') : row.kind === 'unattributed' ? t('unattributedVoices') : row.name;
  return (
    <li class={`voice voice-${row.kind}`}>
      <div class="voice-line">
        <span class="name" {...(row.kind === 'named' ? pageText(digest) : {})}>
          {label}
        </span>
        <span class="stats">{t('voiceStats', tn('quoteCount', row.quotes), tn('wordCount', row.words))}</span>
      </div>
      <div class="voice-bar" role="img" aria-label={t('voiceShare', percent)}>
        <span style={{ width: `${Math.max(percent, 1)}%` }} />
      </div>
    </li>
  );
}
