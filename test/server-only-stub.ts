// Vitest runs outside Next's server graph; 'server-only' is a no-op there.
export {};
