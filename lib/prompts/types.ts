/** A chat message as every OpenAI-compatible server accepts it. */
export type ChatMessage = { role: 'system' | 'user' | 'assistant'; content: string };
