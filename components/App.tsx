// The popup: asks the worker for a digest of one tab and shows it, or says clearly why not.
// Everything the browser provides comes in as props, so tests can render it with fakes.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { DigestFailure, DigestResponse, RequestOf } from '../lib/messages';
import type { Digest } from '../lib/types';
import type { CopyText } from './CopyButton';
import { DigestHeader } from './DigestHeader';
import { Notices } from './Notices';
import { PositionList } from './PositionList';
import { QuoteList } from './QuoteList';
import { StakeholderList } from './StakeholderList';
import { FailureView, LoadingView } from './StatusViews';

export type RequestDigest = (request: RequestOf<'digest'>) => Promise<DigestResponse>;

export interface AppProps {
  /** The tab to digest, or null when none could be found. */
  tabId: number | null;
  requestDigest: RequestDigest;
  copy: CopyText;
}

type State =
  | { kind: 'loading'; force: boolean }
  | { kind: 'failed'; failure: DigestFailure }
  | { kind: 'ready'; digest: Digest; cached: boolean };

const NO_TAB: DigestFailure = { ok: false, reason: 'no-tab', message: 'Standpoint could not tell which tab to read. Click it again from the page you want.' };

export function App({ tabId, requestDigest, copy }: AppProps) {
  const [state, setState] = useState<State>({ kind: 'loading', force: false });
  const [announcement, setAnnouncement] = useState('');
  const latest = useRef(0);

  const run = useCallback(
    async (options: { force?: boolean; fresh?: boolean } = {}) => {
      if (tabId === null) return setState({ kind: 'failed', failure: NO_TAB });
      const ticket = ++latest.current;
      setState({ kind: 'loading', force: !!options.force });
      let response: DigestResponse;
      try {
        response = (await requestDigest({ tabId, ...options })) ?? { ok: false, reason: 'internal', message: 'The extension did not answer. Try again.' };
      } catch (error) {
        response = { ok: false, reason: 'internal', message: `The extension did not answer (${(error as Error)?.message ?? error}). Try again.` };
      }
      if (ticket !== latest.current) return; // a newer request superseded this one
      setState(response.ok ? { kind: 'ready', digest: response.digest, cached: response.cached } : { kind: 'failed', failure: response });
    },
    [tabId, requestDigest],
  );

  useEffect(() => {
    void run();
  }, [run]);

  const onCopied = (what: string, ok: boolean) => setAnnouncement(ok ? `Copied ${what} to the clipboard.` : 'Copying failed.');

  return (
    <main class={`popup state-${state.kind}`} aria-busy={state.kind === 'loading'}>
      {state.kind === 'loading' && <LoadingView force={state.force} />}
      {state.kind === 'failed' && <FailureView failure={state.failure} onForce={() => run({ force: true })} onRetry={() => run({ fresh: true })} />}
      {state.kind === 'ready' && (
        <>
          <DigestHeader digest={state.digest} />
          <Notices notices={state.digest.notices} />
          <QuoteList digest={state.digest} copy={copy} onCopied={onCopied} />
          <StakeholderList digest={state.digest} />
          <PositionList digest={state.digest} />
          <footer class="popup-foot">
            <span class="timing">
              Read on this device in {Math.round(state.digest.timings.extractMs + state.digest.timings.structureMs)} ms
              {state.cached ? ' (saved)' : ''}
            </span>
            <button type="button" class="link" onClick={() => run({ fresh: true, force: !state.digest.readerable })}>
              Digest again
            </button>
          </footer>
        </>
      )}
      <p class="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </main>
  );
}
