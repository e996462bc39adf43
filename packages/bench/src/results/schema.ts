import { compileValidator, personaSchema, type Validator } from '@rlver/env';
import type { ResultRow } from './types';

/** An integer, or a string of digits (SAGE writes `emotion-point` both ways). */
const integerLike = { type: ['integer', 'string'], pattern: '^-?[0-9]+$' } as const;

/** The persona schema of @rlver/env, embedded (without its `$id`, which may be registered only once). */
const embeddedPersona = (() => {
  const { $id: _id, ...rest } = personaSchema as unknown as Record<string, unknown>;
  void _id;
  return rest;
})();

/**
 * JSON Schema of one result row, as read by `score`, `report`, `compare` and `run` (resume). It checks what the
 * tools rely on and lets other fields through, so SAGE's published rows (with `player`, `scene`, the simulator's
 * `thinking`, ...) and this project's rows both pass.
 */
export const resultRowSchema = {
  $id: 'https://rlver.dev/schemas/bench-result-row.json',
  type: 'object',
  required: ['id', 'emo_point', 'history'],
  properties: {
    id: { type: 'string', minLength: 1 },
    emo_point: integerLike,
    emo_state: { type: 'string' },
    character: { type: 'string' },
    task: { type: 'string' },
    topic: { type: 'string' },
    persona: embeddedPersona,
    repeat: { type: 'integer', minimum: 0 },
    seed: { type: 'integer', minimum: 0 },
    outcome: { type: 'string', enum: ['success', 'failure', 'goodbye', 'truncated', 'error'] },
    turns: { type: 'integer', minimum: 0 },
    error: {
      type: 'object',
      required: ['source', 'message', 'turn'],
      properties: {
        source: { type: 'string', enum: ['agent', 'simulator'] },
        message: { type: 'string' },
        turn: { type: 'integer', minimum: 0 },
        timeout: { type: 'boolean' },
      },
    },
    settings: { type: 'object' },
    history: {
      // May be empty only in an error row whose simulator failed before the user's first message.
      type: 'array',
      items: {
        type: 'object',
        required: ['role', 'content'],
        properties: {
          role: { type: 'string', enum: ['user', 'assistant', 'system'] },
          content: { type: 'string' },
          'emotion-point': integerLike,
          think: { type: 'string' },
          planning: {
            type: 'object',
            required: ['change'],
            properties: {
              change: integerLike,
              analyse: { type: 'string' },
              reasons: {
                type: 'array',
                items: {
                  type: 'object',
                  required: ['cue', 'effect', 'detail'],
                  properties: { cue: { type: 'string' }, effect: { type: 'number' }, detail: { type: 'string' }, need: { type: 'string' } },
                },
              },
            },
          },
        },
      },
    },
  },
} as const;

/** Validates one result row; a failure throws `SchemaValidationError` with file, line and the bad field. */
export const validateResultRow: Validator<ResultRow> = compileValidator<ResultRow>(resultRowSchema);
