import Ajv, { type ErrorObject, type JSONSchemaType, type Schema, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { SchemaValidationError } from '../core/errors';

/**
 * One shared Ajv instance for every schema of the project: strict mode catches mistakes in the schemas
 * themselves; `allErrors` is off so the first (usually most telling) problem is reported.
 */
const ajv = new Ajv({ strict: true, allErrors: false, allowUnionTypes: true });
addFormats(ajv);

/** Validates unknown data against a JSON Schema and returns it typed, or throws {@link SchemaValidationError}. */
export interface Validator<T> {
  /**
   * @param data - the value to check
   * @param source - where it came from, for the message (a file name, "config", "reset options")
   * @param line - 1-based line number when the value is one line of a JSONL file
   */
  (data: unknown, source: string, line?: number): T;
  /** Non-throwing check: a message naming the bad field, or undefined when valid. */
  check(data: unknown): string | undefined;
  /** The schema, e.g. to publish it. */
  readonly schema: Schema;
}

/**
 * A {@link Validator} for a JSON Schema. The schema is compiled on first use, not at import: importing the
 * package should not pay for every schema it defines.
 */
export function compileValidator<T>(schema: JSONSchemaType<T> | Schema): Validator<T> {
  let compiled: ValidateFunction<T> | undefined;
  const validate = (data: unknown): data is T => {
    compiled ??= ajv.compile(schema) as ValidateFunction<T>;
    return compiled(data);
  };
  const firstProblem = (): { path: string; problem: string } | undefined => {
    const error = compiled?.errors?.[0];
    return error ? describeAjvError(error) : undefined;
  };
  const validator = ((data: unknown, source: string, line?: number): T => {
    if (validate(data)) return data;
    const found = firstProblem() ?? { path: '', problem: 'is invalid' };
    throw new SchemaValidationError(source, found.path, found.problem, line);
  }) as Validator<T>;
  validator.check = (data: unknown) => {
    if (validate(data)) return undefined;
    const found = firstProblem();
    return found ? `field ${found.path || '(root)'} ${found.problem}` : 'is invalid';
  };
  Object.defineProperty(validator, 'schema', { value: schema });
  return validator;
}

/** Turn an Ajv error into (path of the bad field, human problem statement). */
export function describeAjvError(error: ErrorObject): { path: string; problem: string } {
  const params = error.params as Record<string, unknown>;
  let path = error.instancePath;
  let problem = error.message ?? 'is invalid';
  switch (error.keyword) {
    case 'required':
      path = `${path}/${String(params.missingProperty)}`;
      problem = 'is required but missing';
      break;
    case 'additionalProperties':
      path = `${path}/${String(params.additionalProperty)}`;
      problem = 'is not an allowed field';
      break;
    case 'enum':
      problem = `must be one of ${JSON.stringify(params.allowedValues)}`;
      break;
    case 'type':
      problem = `must be ${String(params.type)}`;
      break;
    default:
      problem = `${error.message ?? 'is invalid'}`;
  }
  return { path, problem };
}
