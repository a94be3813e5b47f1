/** @jest-environment node */
import { nextTask } from '../../src/standin/next-task';

test('the next task comes by message, not by a timer (no 4 ms clamp of nested timers)', async () => {
  expect(typeof MessageChannel).toBe('function');
  jest.useFakeTimers();
  try {
    // With every timer frozen, only a message can end the wait.
    for (let i = 0; i < 10; i++) await nextTask();
    expect(jest.getTimerCount()).toBe(0);
  } finally {
    jest.useRealTimers();
  }
});

test('without MessageChannel, a timer', async () => {
  const channel = globalThis.MessageChannel;
  // @ts-expect-error -- removed for this test: a page or runtime without it.
  delete globalThis.MessageChannel;
  try {
    const spy = jest.spyOn(globalThis, 'setTimeout');
    await nextTask();
    expect(spy).toHaveBeenCalledTimes(1);
    spy.mockRestore();
  } finally {
    globalThis.MessageChannel = channel;
  }
});
