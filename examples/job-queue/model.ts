/** The reference model of queue.ts: a list scanned for the best job (slow, obviously right). */

export class ModelJob {
  constructor(
    readonly payload: string,
    readonly priority: number,
    readonly seq: number,
  ) {}
}

export class ModelQueue {
  private readonly jobs: ModelJob[] = [];
  private seq = 0;

  enqueue(payload: string, priority: number): ModelJob {
    const job = new ModelJob(payload, priority, this.seq++);
    this.jobs.push(job);
    return job;
  }

  cancel(job: ModelJob): boolean {
    const i = this.jobs.indexOf(job);
    if (i < 0) return false;
    this.jobs.splice(i, 1);
    return true;
  }

  next(): string | null {
    if (this.jobs.length === 0) return null;
    let best = 0;
    this.jobs.forEach((j, i) => {
      const b = this.jobs[best]!;
      if (j.priority < b.priority || (j.priority === b.priority && j.seq < b.seq)) best = i;
    });
    return this.jobs.splice(best, 1)[0]!.payload;
  }

  size(): number {
    return this.jobs.length;
  }
}
