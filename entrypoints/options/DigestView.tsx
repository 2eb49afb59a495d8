// A saved digest, reopened from the history: the popup's own sections, read-only but copyable.
import { DigestHeader } from '../../components/DigestHeader';
import { Notices } from '../../components/Notices';
import { PositionList } from '../../components/PositionList';
import { QuoteList } from '../../components/QuoteList';
import { StakeholderList } from '../../components/StakeholderList';
import { VoicesView } from '../../components/VoicesView';
import { isShortQuote } from '../../lib/settings';
import type { Digest } from '../../lib/types';

const copy = (text: string) => navigator.clipboard.writeText(text);

export function DigestView({ digest, showShortQuotes }: { digest: Digest; showShortQuotes: boolean }) {
  const shown = showShortQuotes ? digest : { ...digest, quotes: digest.quotes.filter((q) => !isShortQuote(q.text)) };
  return (
    <article class="digest-view">
      <DigestHeader digest={shown} />
      <Notices notices={shown.notices} />
      <QuoteList digest={shown} copy={copy} />
      <StakeholderList digest={shown} />
      <PositionList digest={shown} />
      <VoicesView digest={shown} />
    </article>
  );
}
