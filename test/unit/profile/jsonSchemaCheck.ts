/**
 * A small draft-7 JSON Schema checker for the keywords our generated schema uses, so the tests
 * can show the shipped schema accepts real profiles and flags the cross-field rules, without a
 * validator dependency. Any keyword it does not know makes it throw: the test then has to learn it
 * rather than silently ignore it.
 */
type Schema = Record<string, unknown> | boolean;

const ANNOTATIONS = new Set(['$schema', 'title', 'description', 'default', 'errorMessage', 'format', 'examples', 'allowComments', 'allowTrailingCommas', 'enumDescriptions', 'markdownDescription']);
const HANDLED = new Set([
  'type', 'enum', 'const', 'properties', 'required', 'additionalProperties', 'items', 'minItems', 'maxItems', 'uniqueItems',
  'contains', 'minLength', 'maxLength', 'pattern', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum',
  'allOf', 'anyOf', 'oneOf', 'not', 'if', 'then', 'else',
]);

function typeOf(value: unknown): string {
  if (value === null) {
    return 'null';
  }
  if (Array.isArray(value)) {
    return 'array';
  }
  return typeof value;
}

function matchesType(value: unknown, type: string): boolean {
  switch (type) {
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
    case 'number':
      return typeof value === 'number';
    default:
      return typeOf(value) === type;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeOf(value) === 'object';
}

/** Returns the JSON pointers-ish paths of failures ([] when valid). */
export function checkJsonSchema(schema: Schema, value: unknown, path = ''): string[] {
  if (schema === true) {
    return [];
  }
  if (schema === false) {
    return [`${path}: not allowed`];
  }
  for (const key of Object.keys(schema)) {
    if (!ANNOTATIONS.has(key) && !HANDLED.has(key)) {
      throw new Error(`jsonSchemaCheck: unsupported keyword "${key}" at ${path || '(root)'}`);
    }
  }
  const failures: string[] = [];
  const fail = (why: string): void => {
    failures.push(`${path || '(root)'}: ${why}`);
  };
  const s = schema;
  if (s.type !== undefined) {
    const types = Array.isArray(s.type) ? (s.type as string[]) : [s.type as string];
    if (!types.some((t) => matchesType(value, t))) {
      fail(`expected ${types.join('|')}`);
      return failures;
    }
  }
  if (Array.isArray(s.enum) && !s.enum.some((v) => JSON.stringify(v) === JSON.stringify(value))) {
    fail('not in enum');
  }
  if ('const' in s && JSON.stringify(s.const) !== JSON.stringify(value)) {
    fail('not the const');
  }
  if (typeof value === 'string') {
    if (typeof s.minLength === 'number' && [...value].length < s.minLength) {
      fail('too short');
    }
    if (typeof s.maxLength === 'number' && [...value].length > s.maxLength) {
      fail('too long');
    }
    if (typeof s.pattern === 'string' && !new RegExp(s.pattern, 'u').test(value)) {
      fail('pattern');
    }
  }
  if (typeof value === 'number') {
    if (typeof s.minimum === 'number' && value < s.minimum) {
      fail('below minimum');
    }
    if (typeof s.maximum === 'number' && value > s.maximum) {
      fail('above maximum');
    }
    if (typeof s.exclusiveMinimum === 'number' && value <= s.exclusiveMinimum) {
      fail('not above exclusiveMinimum');
    }
    if (typeof s.exclusiveMaximum === 'number' && value >= s.exclusiveMaximum) {
      fail('not below exclusiveMaximum');
    }
  }
  if (isObject(value)) {
    const properties = (s.properties ?? {}) as Record<string, Schema>;
    for (const required of (s.required ?? []) as string[]) {
      if (!(required in value)) {
        fail(`missing ${required}`);
      }
    }
    for (const [key, child] of Object.entries(value)) {
      const childSchema = properties[key];
      if (childSchema !== undefined) {
        failures.push(...checkJsonSchema(childSchema, child, `${path}/${key}`));
      } else if (s.additionalProperties !== undefined) {
        failures.push(...checkJsonSchema(s.additionalProperties as Schema, child, `${path}/${key}`));
      }
    }
  }
  if (Array.isArray(value)) {
    if (typeof s.minItems === 'number' && value.length < s.minItems) {
      fail('too few items');
    }
    if (typeof s.maxItems === 'number' && value.length > s.maxItems) {
      fail('too many items');
    }
    if (s.uniqueItems === true && new Set(value.map((v) => JSON.stringify(v))).size !== value.length) {
      fail('items not unique');
    }
    if (s.items !== undefined) {
      value.forEach((item, index) => failures.push(...checkJsonSchema(s.items as Schema, item, `${path}/${index}`)));
    }
    if (s.contains !== undefined && !value.some((item) => checkJsonSchema(s.contains as Schema, item).length === 0)) {
      fail('contains');
    }
  }
  for (const sub of (s.allOf ?? []) as Schema[]) {
    failures.push(...checkJsonSchema(sub, value, path));
  }
  if (Array.isArray(s.anyOf) && !(s.anyOf as Schema[]).some((sub) => checkJsonSchema(sub, value, path).length === 0)) {
    fail('anyOf');
  }
  if (Array.isArray(s.oneOf) && (s.oneOf as Schema[]).filter((sub) => checkJsonSchema(sub, value, path).length === 0).length !== 1) {
    fail('oneOf');
  }
  if (s.not !== undefined && checkJsonSchema(s.not as Schema, value, path).length === 0) {
    fail('not');
  }
  if (s.if !== undefined) {
    const branch = checkJsonSchema(s.if as Schema, value, path).length === 0 ? s.then : s.else;
    if (branch !== undefined) {
      failures.push(...checkJsonSchema(branch as Schema, value, path));
    }
  }
  return failures;
}
