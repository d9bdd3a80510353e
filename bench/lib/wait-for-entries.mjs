// Waits for Performance Timeline entries (marks, paints) without touching the page while it
// loads. Playwright's page.waitForFunction first evaluates its injected script (a few hundred
// kB) in the page: a 50-80 ms task on the renderer's main thread in the middle of the load,
// which delayed the very first chart it was timing. A bare Runtime.evaluate of one
// expression, a few times a second, costs the page well under a millisecond each; the times
// themselves come from the entries, so the polling interval does not limit their precision.

const POLL_MS = 100;

/** Resolves when every entry named in `names` is on the page's timeline; rejects after `timeoutMs`. */
export async function waitForEntries(cdp, names, timeoutMs) {
  const expression = `${JSON.stringify(names)}.every((name) => performance.getEntriesByName(name).length > 0)`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { result } = await cdp.send('Runtime.evaluate', { expression, returnByValue: true });
    if (result.value === true) return;
    if (Date.now() > deadline) throw new Error(`no ${names.join(' and ')} within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}
