import { describe, expect, it } from 'vitest';
import { FakeLlmClient } from '@/lib/llm/fake';
import { LlmError } from '@/lib/llm/types';

describe('FakeLlmClient (the scripted model behind LlmClient in tests)', () => {
  it('answers in order, streams its text and records what was sent', async () => {
    const model = new FakeLlmClient([{ text: 'Hi Emma, your order' }, { error: new LlmError('rate_limit', 'Slow down', 20) }]);
    const deltas: string[] = [];
    const answer = await model.complete({ messages: [{ role: 'user', content: 'draft a reply' }] }, { onDelta: (d) => deltas.push(d) });
    expect(answer).toEqual({ text: 'Hi Emma, your order', model: 'fake' });
    expect(deltas.join('')).toBe('Hi Emma, your order');
    expect(deltas.length).toBeGreaterThan(1);
    await expect(model.complete({ messages: [] })).rejects.toMatchObject({ kind: 'rate_limit', retryAfterSeconds: 20 });
    await expect(model.complete({ messages: [] })).rejects.toMatchObject({ kind: 'server' });
    expect(model.requests).toHaveLength(3);
    expect(model.requests[0]?.messages[0]?.content).toBe('draft a reply');
  });

  it('honours a cancelled signal', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(new FakeLlmClient([{ text: 'x' }]).complete({ messages: [] }, { signal: controller.signal })).rejects.toMatchObject({ kind: 'aborted' });
  });
});
