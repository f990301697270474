/**
 * What derive-mutators derives for this example: call sequences of the `JobQueue` class (tagged
 * `@calls` in queue.ts), with `Job` handles made by `enqueue` and dropped by `cancel`.
 */
export { JobQueue } from './queue.js';
