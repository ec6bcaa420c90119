/** Long work on the main thread in slices of a few milliseconds, the event loop given back between them. */

/** A big build gives the event loop back this often, so questions keep being answered meanwhile. */
export const SLICE_MS = 8;

export const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Runs `step` for 0 up to `count` (exclusive), giving the event loop back whenever a slice has taken SLICE_MS. */
export async function inSlices(count: number, step: (at: number) => void): Promise<void> {
  let sliceStart = performance.now();
  for (let at = 0; at < count; at += 1) {
    step(at);
    // Reading the clock costs more than a cheap step: only every so often.
    if ((at & 255) === 255 && performance.now() - sliceStart >= SLICE_MS) {
      await nextTurn();
      sliceStart = performance.now();
    }
  }
}
