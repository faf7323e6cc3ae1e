import { LlmError, type LlmCallOptions, type LlmClient, type LlmRequest, type LlmResponse } from './types';

/** A scripted model for tests: answers (or errors) in order, and records every request. */
export type FakeStep = { text: string } | { error: LlmError };

export class FakeLlmClient implements LlmClient {
  readonly requests: LlmRequest[] = [];
  private readonly steps: FakeStep[];

  constructor(steps: FakeStep[]) {
    this.steps = [...steps];
  }

  async complete(request: LlmRequest, options: LlmCallOptions = {}): Promise<LlmResponse> {
    this.requests.push(request);
    if (options.signal?.aborted) throw new LlmError('aborted', 'The request was cancelled.');
    const step = this.steps.shift();
    if (!step) throw new LlmError('server', 'The fake model has no answer left.');
    if ('error' in step) throw step.error;
    for (const word of step.text.split(/(?<=\s)/)) options.onDelta?.(word);
    return { text: step.text, model: 'fake' };
  }
}
