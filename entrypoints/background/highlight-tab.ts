// "Show in article": put the passage in view in the article's tab and highlight it, by way of the
// on-demand script entrypoints/highlight.ts. Same permissions as reading the page: the tab the
// user opened Standpoint on (activeTab), nothing more.
import type { HighlightResult } from '../../lib/highlight';
import type { JumpResponse } from '../../lib/messages';
import type { PageHighlighter } from '../highlight';

export interface ScriptRunner {
  /** browser.scripting.executeScript, reduced to what is used here. */
  executeScript(injection: {
    target: { tabId: number };
    files?: string[];
    func?: (...args: never[]) => unknown;
    args?: unknown[];
  }): Promise<Array<{ result?: unknown }>>;
}

declare global {
  var __standpointHighlight: PageHighlighter | undefined;
}

export async function highlightInTab(scripting: ScriptRunner, tabId: number, passage: string): Promise<JumpResponse> {
  try {
    await scripting.executeScript({ target: { tabId }, files: ['/highlight.js'] });
    const [first] = await scripting.executeScript({
      target: { tabId },
      func: ((p: string) => globalThis.__standpointHighlight?.show(p) ?? null) as (...args: never[]) => unknown,
      args: [passage],
    });
    const result = first?.result as HighlightResult | null | undefined;
    return { ok: true, found: !!result?.found };
  } catch (error) {
    return { ok: false, message: (error as Error)?.message ?? String(error) };
  }
}

/** Clears the highlight if the script is there; a tab that never had one is left alone. */
export async function clearInTab(scripting: ScriptRunner, tabId: number): Promise<void> {
  await scripting
    .executeScript({
      target: { tabId },
      func: (() => globalThis.__standpointHighlight?.clear()) as (...args: never[]) => unknown,
    })
    .catch(() => undefined);
}
