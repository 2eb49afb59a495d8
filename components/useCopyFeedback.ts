// A copy button's feedback, shared by "Copy", "Copy all quotes" and the formats menu: the button
// says "Copied" (or "Copy failed") in place for a moment, then goes back to its own label.
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../lib/i18n';

export type CopyOutcome = 'idle' | 'copied' | 'failed';

/** Long enough to read the word, short enough that the next click finds the label back. */
export const FEEDBACK_MS = 1600;

/** The outcome to show, and `run`, which copies and answers whether the copy worked. */
export function useCopyFeedback(): { outcome: CopyOutcome; run: (copy: () => Promise<void>) => Promise<boolean> } {
  const [outcome, setOutcome] = useState<CopyOutcome>('idle');
  const timer = useRef<ReturnType<typeof setTimeout>>();
  useEffect(() => () => clearTimeout(timer.current), []);
  const run = async (copy: () => Promise<void>) => {
    let ok = true;
    try {
      await copy();
    } catch {
      ok = false;
    }
    setOutcome(ok ? 'copied' : 'failed');
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setOutcome('idle'), FEEDBACK_MS);
    return ok;
  };
  return { outcome, run };
}

/** The button's text: the outcome for a moment, else its own label. */
export const feedbackLabel = (outcome: CopyOutcome, label: string): string =>
  outcome === 'copied' ? t('copied') : outcome === 'failed' ? t('copyFailed') : label;
