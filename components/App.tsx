// The popup: asks the worker for a digest of one tab and shows it, or says clearly why not.
// Everything the browser provides comes in as props, so tests can render it with fakes.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { EarlyDigestMessage } from '../lib/popup-port';
import { digestMarkdown, exportFileName } from '../lib/format';
import { t, tn } from '../lib/i18n';
import type { DigestFailure, DigestResponse, JumpResponse, RequestOf } from '../lib/messages';
import { isShortQuote } from '../lib/settings';
import type { Digest } from '../lib/types';
import type { CopyText } from './CopyButton';
import { DigestHeader } from './DigestHeader';
import { Notices } from './Notices';
import { PositionList } from './PositionList';
import { QuoteList } from './QuoteList';
import { StakeholderList } from './StakeholderList';
import { VoicesView } from './VoicesView';
import { FailureView, LoadingView } from './StatusViews';
import { provisionalDigest, QuotesSkeleton, RestSkeleton } from './EarlyParts';

export type RequestDigest = (request: RequestOf<'digest'>) => Promise<DigestResponse>;

export interface AppProps {
  /** The tab to digest, or null when none could be found. */
  tabId: number | null;
  requestDigest: RequestDigest;
  copy: CopyText;
  /** Scroll the article tab to a passage and highlight it. */
  jump?: (passage: string) => Promise<JumpResponse>;
  /** Take the highlight off the article tab (Escape). */
  clearHighlight?: () => void;
  /** Save text as a file ("Export digest"). */
  download?: (fileName: string, text: string) => void;
  /** Move the digest to the browser's side panel (the popup only). */
  openSidePanel?: () => void;
  /** Open the options page (history and settings). */
  openOptions?: () => void;
  /** The "show short quotes" setting; quotes under four words are hidden when false. */
  showShortQuotes?: boolean;
  /** The answer to a request made before the App rendered (the popup asks first): used for the first digest. */
  firstAnswer?: Promise<DigestResponse>;
  /** Early parts of the digest being made (header, then key quotes), painted while the rest comes. */
  watchEarly?: (listener: (message: EarlyDigestMessage) => void) => () => void;
}

type State =
  | { kind: 'loading'; force: boolean; early?: EarlyDigestMessage }
  | { kind: 'failed'; failure: DigestFailure }
  | { kind: 'ready'; digest: Digest; cached: boolean };

const NO_TAB: DigestFailure = { ok: false, reason: 'no-tab', note: { code: 'whyNoTab' } };

export function App({
  tabId,
  requestDigest,
  copy,
  jump,
  clearHighlight,
  download,
  openSidePanel,
  openOptions,
  showShortQuotes = true,
  firstAnswer,
  watchEarly,
}: AppProps) {
  const [state, setState] = useState<State>({ kind: 'loading', force: false });
  const [announcement, setAnnouncement] = useState('');
  const latest = useRef(0);
  const pending = useRef(firstAnswer);

  const run = useCallback(
    async (options: { force?: boolean; fresh?: boolean } = {}) => {
      if (tabId === null) return setState({ kind: 'failed', failure: NO_TAB });
      const ticket = ++latest.current;
      setState({ kind: 'loading', force: !!options.force });
      // the first run takes the answer to the request already made, if any
      const asked = pending.current;
      pending.current = undefined;
      let response: DigestResponse;
      try {
        response = (await (asked ?? requestDigest({ tabId, ...options }))) ?? {
          ok: false,
          reason: 'internal',
          note: { code: 'whyNoAnswer' },
        };
      } catch (error) {
        const detail = String((error as Error)?.message ?? error);
        response = { ok: false, reason: 'internal', note: { code: 'whyNoAnswerDetail', params: { detail } } };
      }
      if (ticket !== latest.current) return; // a newer request superseded this one
      setState(
        response.ok
          ? { kind: 'ready', digest: response.digest, cached: response.cached }
          : { kind: 'failed', failure: response },
      );
    },
    [tabId, requestDigest],
  );

  useEffect(() => {
    void run();
  }, [run]);

  // the early parts only fill a loading popup; a later stage never goes back to an earlier one
  useEffect(
    () =>
      watchEarly?.((early) =>
        setState((s) =>
          s.kind === 'loading' && (s.early?.stage !== 'quotes' || early.stage === 'quotes') ? { ...s, early } : s,
        ),
      ),
    [watchEarly],
  );

  const onCopied = (quotes: number, ok: boolean) =>
    setAnnouncement(ok ? tn('copiedQuotes', quotes) : t('copyingFailed'));

  const onJump = jump
    ? async (passage: string) => {
        const answer = await jump(passage).catch((): JumpResponse => ({ ok: false, message: '' }));
        setAnnouncement(!answer.ok ? t('jumpFailed') : answer.found ? t('jumpedTo') : t('jumpNotFound'));
      }
    : undefined;

  // what is painted: the digest, or while it is made the part already known (header, then quotes)
  const early = state.kind === 'loading' ? state.early : undefined;
  const digest = state.kind === 'ready' ? state.digest : early ? provisionalDigest(early.early) : null;
  const shown =
    digest && !showShortQuotes ? { ...digest, quotes: digest.quotes.filter((q) => !isShortQuote(q.text)) } : digest;
  const quotesKnown = state.kind === 'ready' || early?.stage === 'quotes';

  return (
    <main
      class={`popup state-${state.kind}`}
      aria-busy={state.kind === 'loading'}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && clearHighlight) clearHighlight();
      }}
    >
      {state.kind === 'loading' && !early && <LoadingView force={state.force} />}
      {state.kind === 'failed' && (
        <FailureView
          failure={state.failure}
          onForce={() => run({ force: true })}
          onRetry={() => run({ fresh: true })}
        />
      )}
      {shown && (
        <>
          <DigestHeader digest={shown} />
          {quotesKnown ? (
            <>
              <Notices notices={shown.notices} />
              <QuoteList digest={shown} copy={copy} onCopied={onCopied} onJump={onJump} />
            </>
          ) : (
            <QuotesSkeleton />
          )}
          {state.kind === 'ready' ? (
            <>
              <StakeholderList digest={shown} />
              <PositionList digest={shown} onJump={onJump} />
              <VoicesView digest={shown} />
              <div class="popup-tools">
                {download && (
                  <button
                    type="button"
                    class="export"
                    onClick={() => {
                      const name = exportFileName(state.digest);
                      download(name, digestMarkdown(state.digest));
                      setAnnouncement(t('exported', name));
                    }}
                  >
                    {t('exportDigest')}
                  </button>
                )}
                {openSidePanel && (
                  <button type="button" class="side-panel" onClick={openSidePanel}>
                    {t('openSidePanel')}
                  </button>
                )}
                {openOptions && (
                  <button type="button" class="link history-link" onClick={openOptions}>
                    {t('historyHeading')}
                  </button>
                )}
              </div>
              <footer class="popup-foot">
                <span class="timing">
                  {t('readOnDevice', Math.round(state.digest.timings.extractMs + state.digest.timings.structureMs))}
                  {state.cached ? ` ${t('savedSuffix')}` : ''}
                </span>
                <button
                  type="button"
                  class="link"
                  onClick={() => run({ fresh: true, force: !state.digest.readerable })}
                >
                  {t('digestAgain')}
                </button>
              </footer>
            </>
          ) : (
            <RestSkeleton />
          )}
        </>
      )}
      <p class="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </main>
  );
}
