// The fuzz target: `derive-mutators fuzz examples/job-queue/fuzz.ts`. Calls are derived from the
// JobQueue class; each result is compared with the model's, and the sizes after every call.
import { mutators, serializers, runJobQueueCalls } from '../../generated/examples/job-queue/types.mutators.js';
import { defineFuzzTarget } from '../../src/fuzz/index.js';
import { ModelQueue } from './model.js';
import { JobQueue } from './queue.js';

export default defineFuzzTarget({
  mutator: mutators.JobQueueCalls(),
  serializer: serializers.JobQueueCalls,
  test: (calls) => runJobQueueCalls(calls, () => new JobQueue(), { model: () => new ModelQueue(), invariant: (q, m) => q.size() === m.size() }),
});
