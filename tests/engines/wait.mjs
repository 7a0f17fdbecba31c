/**
 * Polls `condition` (sync or async) until it returns a truthy value, and returns that value.
 * Fails after `timeout` ms, saying what was awaited and what the condition last returned or
 * threw, so a failure reads as the state the page was left in.
 */
export async function waitFor(condition, timeout = 10_000, what = 'a condition') {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      last = await condition();
      if (last) return last;
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline) {
      const seen = last instanceof Error ? `threw ${last.message}` : `last returned ${JSON.stringify(last)}`;
      throw new Error(`timed out after ${timeout} ms waiting for ${what} (${seen})`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
