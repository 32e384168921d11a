// Functions that run inside the explorer page, passed to Playwright's addInitScript and
// evaluate. Playwright sends each function's source text to the page, so none of them may use
// anything from outside its own body.
import type {
  InputEventTiming,
  JsonRequestTiming,
  LongTask,
  StepTiming,
} from './interaction-report.ts';

export type ProbeState = {
  longTasks: LongTask[];
  events: InputEventTiming[];
  /** The step that `armStep` started, until the list shows the new result. */
  pending: Promise<StepTiming> | null;
};

declare global {
  interface Window {
    __interactionProbe?: ProbeState;
  }
}

/**
 * Records every long task and every input event slower than 16 ms from the start of the page.
 * Runs before the page's own scripts, so hydration's tasks are recorded too.
 */
export function installProbe(): void {
  const state: ProbeState = { longTasks: [], events: [], pending: null };
  window.__interactionProbe = state;

  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      state.longTasks.push({ startTime: entry.startTime, duration: entry.duration });
    }
  }).observe({ type: 'longtask', buffered: true });

  // Event Timing accepts no threshold below 16 ms, so faster events are not reported.
  const eventOptions: PerformanceObserverInit & { durationThreshold: number } = {
    type: 'event',
    buffered: true,
    durationThreshold: 16,
  };
  new PerformanceObserver((list) => {
    // TypeScript 5.9's DOM types lack interactionId, which Chromium 156 reports.
    for (const entry of list.getEntries() as (PerformanceEventTiming & {
      interactionId?: number;
    })[]) {
      state.events.push({
        name: entry.name,
        startTime: entry.startTime,
        duration: entry.duration,
        processingStart: entry.processingStart,
        processingEnd: entry.processingEnd,
        interactionId: entry.interactionId ?? 0,
      });
    }
  }).observe(eventOptions);
}

/**
 * Prepares one step: remembers the explorer's result summary, then waits for the next click
 * anywhere in the page and for the summary to change after it. The summary and the list render
 * from the same result, so a changed summary means the list shows the new result. Returns the
 * summary before the step.
 */
export function armStep(timeoutMs: number): string {
  const state = window.__interactionProbe;
  const results = document.querySelector('.explorer__results');
  if (!state || !results) {
    throw new Error('The interaction probe or the explorer results are missing from the page');
  }

  // The summary without its "updating…" note, which appears while the next result loads.
  const summary = () => {
    const status = results.querySelector('[role="status"]')?.cloneNode(true);
    if (!(status instanceof Element)) return '';
    status.querySelector('.result-summary__loading')?.remove();
    return (status.textContent ?? '').replace(/\s+/g, ' ').trim();
  };
  const before = summary();

  state.pending = new Promise<StepTiming>((resolve, reject) => {
    let inputAt: number | null = null;
    // Capture phase, so the time is read before the explorer's own handler runs. The event's
    // timeStamp is when the browser received the input, which includes any wait for the main
    // thread.
    document.addEventListener(
      'click',
      (event) => {
        inputAt = event.timeStamp;
      },
      { capture: true, once: true },
    );

    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`The result summary did not change within ${timeoutMs} ms of the click`));
    }, timeoutMs);
    const observer = new MutationObserver(() => {
      const after = summary();
      if (inputAt === null || after === before) return;

      observer.disconnect();
      clearTimeout(timer);
      const updatedAt = performance.now();
      const clickedAt = inputAt;
      // A requestAnimationFrame callback runs just before the frame that paints the change.
      requestAnimationFrame(() =>
        resolve({ inputAt: clickedAt, updatedAt, frameAt: performance.now(), before, after }),
      );
    });
    observer.observe(results, { subtree: true, childList: true, characterData: true });
  });

  return before;
}

/** Waits for the step that `armStep` prepared. */
export function awaitStep(): Promise<StepTiming> {
  const pending = window.__interactionProbe?.pending;
  if (!pending) throw new Error('No step is armed: call armStep before clicking');
  return pending;
}

/** Returns the long tasks, slow input events and requests to the explorer's JSON route so far. */
export function readProbe(): Pick<ProbeState, 'longTasks' | 'events'> & {
  requests: JsonRequestTiming[];
} {
  const state = window.__interactionProbe;
  if (!state) throw new Error('The interaction probe is missing from the page');
  const requests = performance
    .getEntriesByType('resource')
    .filter((entry) => new URL(entry.name).pathname === '/api/publications')
    .map((entry) => {
      const timing = entry as PerformanceResourceTiming;
      return {
        url: timing.name,
        startTime: timing.startTime,
        requestStart: timing.requestStart,
        responseStart: timing.responseStart,
        responseEnd: timing.responseEnd,
      };
    });
  return { longTasks: state.longTasks, events: state.events, requests };
}
