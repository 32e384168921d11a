/** @jest-environment node */
import {
  type InputEventTiming,
  readStep,
  type StepTiming,
  summarizeSteps,
} from '../../bench/lib/interaction-report';

const timing: StepTiming = {
  inputAt: 1000,
  updatedAt: 1060,
  frameAt: 1070,
  before: '34 publications',
  after: '15 publications in Computer Architecture',
};

const event = (overrides: Partial<InputEventTiming>): InputEventTiming => ({
  name: 'click',
  startTime: 1000,
  duration: 24,
  processingStart: 1001,
  processingEnd: 1004,
  interactionId: 7,
  ...overrides,
});

describe('readStep', () => {
  const step = readStep({
    control: '#facet-area-computer-architecture',
    query: '?area=computer-architecture',
    seenBefore: false,
    timing,
    longTasks: [
      { startTime: 500, duration: 120 },
      { startTime: 1030, duration: 55 },
      { startTime: 1070, duration: 60 },
    ],
    events: [
      event({ name: 'pointerdown', startTime: 990, duration: 32 }),
      event({}),
      event({ name: 'pointerover', startTime: 995, duration: 56, interactionId: 0 }),
      event({ startTime: 400, duration: 104 }),
    ],
    requests: [
      {
        url: '/api/publications',
        startTime: 200,
        requestStart: 201,
        responseStart: 230,
        responseEnd: 232,
      },
      {
        url: '/api/publications?area=computer-architecture',
        startTime: 1005,
        requestStart: 1006,
        responseStart: 1040,
        responseEnd: 1045,
      },
    ],
  });

  it('measures from the click to the update and to the next frame', () => {
    expect(step.updateMs).toBe(60);
    expect(step.frameMs).toBe(70);
  });

  it('takes the longest event of this click only', () => {
    expect(step.eventDurationMs).toBe(32);
  });

  it('times the JSON request that the click started', () => {
    expect(step.requestMs).toBe(40);
    expect(step.requestWaitMs).toBe(34);
  });

  it('keeps the long tasks that overlap the step', () => {
    expect(step.longTasks).toEqual([{ startTime: 1030, duration: 55 }]);
  });

  it('gives null without a slow event or a request', () => {
    const cached = readStep({
      control: '#explorer-versions',
      query: '',
      seenBefore: true,
      timing,
      longTasks: [],
      events: [],
      requests: [],
    });
    expect(cached.eventDurationMs).toBeNull();
    expect(cached.requestMs).toBeNull();
    expect(cached.requestWaitMs).toBeNull();
  });
});

describe('summarizeSteps', () => {
  const step = (frameMs: number, seenBefore: boolean, eventDurationMs: number | null) => ({
    control: '#explorer-versions',
    query: '',
    seenBefore,
    updateMs: frameMs - 5,
    frameMs,
    eventDurationMs,
    requestMs: null,
    requestWaitMs: null,
    longTasks: [],
  });
  const summary = summarizeSteps(
    [step(80, false, 24), step(60, false, null), step(15, true, 16)],
    [
      { ...timing, inputAt: 1000, frameAt: 1080 },
      { ...timing, inputAt: 2000, frameAt: 2060 },
      { ...timing, inputAt: 3000, frameAt: 3015 },
    ],
    [
      { startTime: 100, duration: 300 },
      { startTime: 2010, duration: 70 },
      { startTime: 5000, duration: 90 },
    ],
  );

  it('summarizes all steps and each group', () => {
    expect(summary.frameMs).toEqual({ min: 15, median: 60, max: 80 });
    expect(summary.newCombinationFrameMs).toEqual({ min: 60, median: 70, max: 80 });
    expect(summary.seenCombinationFrameMs).toEqual({ min: 15, median: 15, max: 15 });
    expect(summary.updateMs).toEqual({ min: 10, median: 55, max: 75 });
  });

  it('counts slow events and long tasks', () => {
    expect(summary.slowEvents).toEqual({ count: 2, maxMs: 24 });
    expect(summary.longTasks).toEqual({ count: 1, maxMs: 70 });
  });

  it('gives null for a group without steps', () => {
    expect(summarizeSteps([step(15, true, null)], [timing], []).newCombinationFrameMs).toBeNull();
  });
});
