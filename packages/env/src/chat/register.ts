import { register, type EnvTypes } from '../core/registration';
import { EmpatheticChatEnv } from './empathetic-chat-env';
import type { EmpatheticChatOptions } from './options';

/** Id of the RLVER empathetic-chat environment. */
export const EMPATHETIC_CHAT_ID = 'RLVER/EmpatheticChat-v0';

register({
  id: EMPATHETIC_CHAT_ID,
  entryPoint: (kwargs) => new EmpatheticChatEnv(kwargs as EmpatheticChatOptions),
  description: 'Empathetic dialogue with a simulated user; reward = final emotion / 100 (RLVER).',
});

declare module '../core/registration' {
  interface EnvTypes {
    'RLVER/EmpatheticChat-v0': { env: EmpatheticChatEnv; kwargs: EmpatheticChatOptions };
  }
}

export type { EnvTypes };
