import type { JSONSchemaType } from 'ajv';
import { compileValidator, type Validator } from '../validation/schema';
import { CHARACTER_TYPES, HIDDEN_NEEDS, type Persona } from './types';

const nonEmpty = { type: 'string', minLength: 1 } as const;

/** JSON Schema of a {@link Persona}: the one schema for personas from every source. */
export const personaSchema = {
  $id: 'https://rlver.dev/schemas/persona.json',
  type: 'object',
  additionalProperties: false,
  required: ['id', 'source', 'language', 'name', 'characterType', 'traits', 'hiddenNeed', 'topic', 'background', 'others', 'revelations', 'keywords'],
  properties: {
    id: nonEmpty,
    source: { type: 'string', enum: ['generated', 'sage', 'rlver', 'custom'] },
    language: { type: 'string', enum: ['en', 'zh'] },
    name: nonEmpty,
    age: { type: 'integer', minimum: 1, maximum: 120, nullable: true },
    gender: { type: 'string', nullable: true },
    occupation: { type: 'string', nullable: true },
    characterType: { type: 'string', enum: [...CHARACTER_TYPES] },
    traits: { type: 'array', items: { type: 'string' } },
    hiddenNeed: { type: 'string', enum: [...HIDDEN_NEEDS] },
    hiddenNeedText: { type: 'string', nullable: true },
    family: { type: 'string', nullable: true },
    topic: nonEmpty,
    background: nonEmpty,
    others: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['name', 'relation'],
        properties: { name: nonEmpty, relation: { type: 'string' }, gender: { type: 'string', nullable: true } },
      },
    },
    revelations: { type: 'array', items: { type: 'string' } },
    keywords: { type: 'array', items: { type: 'string' } },
    firstMessage: { type: 'string', minLength: 1, nullable: true },
    hooks: {
      type: 'object',
      nullable: true,
      additionalProperties: false,
      properties: {
        achievement: { type: 'string', nullable: true },
        decision: { type: 'string', nullable: true },
        puzzle: { type: 'string', nullable: true },
        doubt: { type: 'string', nullable: true },
        feeling: { type: 'string', nullable: true },
      },
    },
    profileText: { type: 'string', nullable: true },
    sceneText: { type: 'string', nullable: true },
  },
} as unknown as JSONSchemaType<Persona>;

/** Validates a {@link Persona}; throws `SchemaValidationError` naming the bad field. */
export const validatePersona: Validator<Persona> = compileValidator<Persona>(personaSchema);
