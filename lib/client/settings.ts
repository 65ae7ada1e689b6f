import type { ConnectionReport, ModelRole, ModelSettings, PromptSettings } from '@/lib/schemas';
import type { ReadOptions, Send } from './request';

/** Model settings: each role's model and endpoint host (never a key), and a connection test. */
export const settingsApi = (send: Send) => ({
  models: (o: ReadOptions = {}) => send<ModelSettings>('/api/settings', o),
  /** Each role's prompt set and its templates (read-only). */
  prompts: (o: ReadOptions = {}) => send<PromptSettings>('/api/settings/prompts', o),
  /** One minimal request shaped exactly like a run of this role. */
  testConnection: (role: ModelRole) =>
    send<ConnectionReport>('/api/settings/test', { json: { role } }),
});
