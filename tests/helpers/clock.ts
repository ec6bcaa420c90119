/** The day the adapter tests' bots think it is, so review dates and caveats do not depend on when the tests run. */
const TEST_NOW = new Date('2026-12-01T12:00:00Z');
export const testClock = () => TEST_NOW;
