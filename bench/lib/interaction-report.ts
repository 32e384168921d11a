// Turns the timings recorded in the explorer page into per-step figures and a summary. All
// times are milliseconds on the page's performance.now() clock.
import { summarize, type Summary } from './summary.ts';

/** A `longtask` entry: a main-thread task of more than 50 ms. */
export type LongTask = { startTime: number; duration: number };

/** An Event Timing entry: an input event whose handling took at least 16 ms until the next paint. */
export type InputEventTiming = {
  name: string;
  startTime: number;
  duration: number;
  processingStart: number;
  processingEnd: number;
  /** Non-zero for the events of a click, tap or key press; zero for hover and other events. */
  interactionId: number;
};

/** A Resource Timing entry of a request to the explorer's JSON route. */
export type JsonRequestTiming = {
  url: string;
  startTime: number;
  requestStart: number;
  responseStart: number;
  responseEnd: number;
};

/** Maximum time from a click's pointerdown to its click event that a step accepts. */
const CLICK_SEQUENCE_MS = 100;

/** Timings that the page recorded for one filter change. */
export type StepTiming = {
  /** The click event's timeStamp. */
  inputAt: number;
  /** When a MutationObserver saw the result summary change. */
  updatedAt: number;
  /** When the next animation frame started after that change. */
  frameAt: number;
  before: string;
  after: string;
};

export type StepResult = {
  control: string;
  /** The explorer URL's query string after the step. */
  query: string;
  /** Whether this page already showed that query, so SWR could return it from its cache. */
  seenBefore: boolean;
  /** Input event to the list showing the new result. */
  updateMs: number;
  /** Input event to the start of the next frame after the update. */
  frameMs: number;
  /** The longest Event Timing entry of this click, or null when none reached 16 ms. */
  eventDurationMs: number | null;
  /** The JSON request this step made, start to last byte, or null when SWR returned the result from its cache. */
  requestMs: number | null;
  /** The part of `requestMs` from sending the request to the first byte of the response. */
  requestWaitMs: number | null;
  longTasks: LongTask[];
};

/** Reads one step's figures from its timing and everything the page recorded. */
export function readStep(input: {
  control: string;
  query: string;
  seenBefore: boolean;
  timing: StepTiming;
  longTasks: readonly LongTask[];
  events: readonly InputEventTiming[];
  requests: readonly JsonRequestTiming[];
}): StepResult {
  const { timing } = input;
  const during = (startTime: number, duration: number) =>
    startTime + duration > timing.inputAt && startTime < timing.frameAt;
  // Event Timing rounds durations to 8 ms and gives the event's own timeStamp as startTime. A
  // click's pointerdown and mousedown come a few milliseconds before the click event itself.
  const durations = input.events
    .filter(
      (event) =>
        event.interactionId > 0 &&
        event.startTime >= timing.inputAt - CLICK_SEQUENCE_MS &&
        event.startTime <= timing.frameAt,
    )
    .map((event) => event.duration);
  const request = input.requests.find(
    (entry) => entry.startTime >= timing.inputAt && entry.startTime <= timing.updatedAt,
  );

  return {
    control: input.control,
    query: input.query,
    seenBefore: input.seenBefore,
    updateMs: timing.updatedAt - timing.inputAt,
    frameMs: timing.frameAt - timing.inputAt,
    eventDurationMs: durations.length > 0 ? Math.max(...durations) : null,
    requestMs: request ? request.responseEnd - request.startTime : null,
    requestWaitMs: request ? request.responseStart - request.requestStart : null,
    longTasks: input.longTasks.filter((task) => during(task.startTime, task.duration)),
  };
}

export type InteractionSummary = {
  steps: number;
  /** Input to the next frame after the update, over all steps. */
  frameMs: Summary;
  /** The same, over steps whose filter combination was new to the page (a JSON request). */
  newCombinationFrameMs: Summary | null;
  /** The same, over steps whose filter combination the page had shown before. */
  seenCombinationFrameMs: Summary | null;
  updateMs: Summary;
  /** Steps with an input event of 16 ms or more, and the longest such event. */
  slowEvents: { count: number; maxMs: number | null };
  /** Long tasks between the first click and the last update. */
  longTasks: { count: number; maxMs: number | null };
};

function summarizeOrNull(samples: readonly number[]): Summary | null {
  return samples.length > 0 ? summarize(samples) : null;
}

/** Summarizes the steps, with every long task recorded from the first click to the last frame. */
export function summarizeSteps(
  steps: readonly StepResult[],
  timings: readonly StepTiming[],
  longTasks: readonly LongTask[],
): InteractionSummary {
  const first = Math.min(...timings.map((timing) => timing.inputAt));
  const last = Math.max(...timings.map((timing) => timing.frameAt));
  const window = longTasks.filter(
    (task) => task.startTime + task.duration > first && task.startTime < last,
  );
  const eventDurations = steps.flatMap((step) =>
    step.eventDurationMs === null ? [] : [step.eventDurationMs],
  );

  return {
    steps: steps.length,
    frameMs: summarize(steps.map((step) => step.frameMs)),
    newCombinationFrameMs: summarizeOrNull(
      steps.filter((step) => !step.seenBefore).map((step) => step.frameMs),
    ),
    seenCombinationFrameMs: summarizeOrNull(
      steps.filter((step) => step.seenBefore).map((step) => step.frameMs),
    ),
    updateMs: summarize(steps.map((step) => step.updateMs)),
    slowEvents: {
      count: eventDurations.length,
      maxMs: eventDurations.length > 0 ? Math.max(...eventDurations) : null,
    },
    longTasks: {
      count: window.length,
      maxMs: window.length > 0 ? Math.max(...window.map((task) => task.duration)) : null,
    },
  };
}
