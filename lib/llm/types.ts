/**
 * The only way Deskpilot reaches a language model. Implementations: a fake for tests, and (with
 * the AI drafting issue) `openai.ts`, the only module that imports the `openai` package.
 * Callers send what `lib/privacy` has masked, never raw ticket data.
 */
export interface LlmMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export interface LlmRequest {
  messages: LlmMessage[];
  temperature?: number;
  maxTokens?: number;
}

export interface LlmResponse {
  text: string;
  model: string;
}

export interface LlmCallOptions {
  signal?: AbortSignal;
  /** Called with each streamed piece of text, in order. */
  onDelta?: (delta: string) => void;
}

export type LlmErrorKind = 'auth' | 'rate_limit' | 'timeout' | 'network' | 'server' | 'aborted';

export class LlmError extends Error {
  constructor(
    readonly kind: LlmErrorKind,
    message: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'LlmError';
  }
}

export interface LlmClient {
  complete(request: LlmRequest, options?: LlmCallOptions): Promise<LlmResponse>;
}
