// Input validation. The limits here are the ones openapi.json declares; a unit test keeps the
// two in step, so the API fuzzer and the server agree on what is valid.

export interface NewItem {
  sku: string;
  name: string;
  quantity: number;
  priceCents: number;
  tags: string[];
}

export interface FieldError {
  field: string;
  message: string;
}

export type Validated<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

export const LIMITS = {
  sku: { pattern: /^[A-Z0-9][A-Z0-9-]{2,31}$/, maxLength: 32 },
  // At least one visible character and no control characters anywhere.
  name: {
    minLength: 1,
    maxLength: 100,
    // eslint-disable-next-line no-control-regex -- names must not contain control characters
    pattern: /^[^\u0000-\u001f\u007f]*[^\s\u0000-\u001f\u007f][^\u0000-\u001f\u007f]*$/,
  },
  quantity: { minimum: 0, maximum: 1_000_000 },
  priceCents: { minimum: 0, maximum: 100_000_000 },
  tags: { maxItems: 10, pattern: /^[a-z0-9][a-z0-9-]{0,19}$/, maxLength: 20 },
  list: { limitMax: 100, limitDefault: 20, offsetMax: 100_000 },
} as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const ITEM_FIELDS = new Set(['sku', 'name', 'quantity', 'priceCents', 'tags']);

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function intInRange(
  value: unknown,
  field: string,
  min: number,
  max: number,
  errors: FieldError[],
): void {
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    errors.push({ field, message: 'must be an integer' });
  } else if (value < min || value > max) {
    errors.push({ field, message: `must be between ${min} and ${max}` });
  }
}

export function validateNewItem(body: unknown): Validated<NewItem> {
  if (!isPlainObject(body)) {
    return { ok: false, errors: [{ field: '', message: 'body must be a JSON object' }] };
  }
  const errors: FieldError[] = [];
  for (const key of Object.keys(body)) {
    if (!ITEM_FIELDS.has(key)) errors.push({ field: key, message: 'unknown field' });
  }

  const { sku, name, quantity, priceCents } = body;
  if (typeof sku !== 'string') errors.push({ field: 'sku', message: 'must be a string' });
  else if (!LIMITS.sku.pattern.test(sku)) {
    errors.push({ field: 'sku', message: '3-32 upper-case letters, digits or dashes' });
  }

  // Lengths count code points, as JSON Schema does, not UTF-16 units. The length is checked
  // before the pattern so the pattern never runs on long input.
  if (typeof name !== 'string') errors.push({ field: 'name', message: 'must be a string' });
  else if ([...name].length > LIMITS.name.maxLength) {
    errors.push({ field: 'name', message: `must be at most ${LIMITS.name.maxLength} characters` });
  } else if (!LIMITS.name.pattern.test(name)) {
    errors.push({ field: 'name', message: 'needs a visible character and no control characters' });
  }

  intInRange(quantity, 'quantity', LIMITS.quantity.minimum, LIMITS.quantity.maximum, errors);
  intInRange(
    priceCents,
    'priceCents',
    LIMITS.priceCents.minimum,
    LIMITS.priceCents.maximum,
    errors,
  );

  const tags = body.tags ?? [];
  if (!Array.isArray(tags)) errors.push({ field: 'tags', message: 'must be an array' });
  else if (tags.length > LIMITS.tags.maxItems) {
    errors.push({ field: 'tags', message: `at most ${LIMITS.tags.maxItems} tags` });
  } else {
    tags.forEach((tag: unknown, i) => {
      if (typeof tag !== 'string' || !LIMITS.tags.pattern.test(tag)) {
        errors.push({ field: `tags[${i}]`, message: '1-20 lower-case letters, digits or dashes' });
      }
    });
    if (new Set(tags).size !== tags.length) {
      errors.push({ field: 'tags', message: 'must not repeat' });
    }
  }

  if (errors.length > 0) return { ok: false, errors: errors.slice(0, 20) };
  return {
    ok: true,
    value: {
      sku: sku as string,
      name: name as string,
      quantity: quantity as number,
      priceCents: priceCents as number,
      tags: tags as string[],
    },
  };
}

export interface ListQuery {
  limit: number;
  offset: number;
  tag: string | undefined;
}

function parseBound(raw: string | null, fallback: number, min: number, max: number) {
  if (raw === null) return fallback;
  if (!/^\d{1,7}$/.test(raw)) return undefined;
  const n = Number(raw);
  return n >= min && n <= max ? n : undefined;
}

export function parseListQuery(params: URLSearchParams): Validated<ListQuery> {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  for (const key of params.keys()) {
    if (!['limit', 'offset', 'tag'].includes(key)) {
      errors.push({ field: key.slice(0, 40), message: 'unknown query parameter' });
    } else if (seen.has(key)) {
      errors.push({ field: key, message: 'must not repeat' });
    }
    seen.add(key);
  }
  const { limitMax, limitDefault, offsetMax } = LIMITS.list;
  const limit = parseBound(params.get('limit'), limitDefault, 1, limitMax);
  if (limit === undefined) errors.push({ field: 'limit', message: `integer 1-${limitMax}` });
  const offset = parseBound(params.get('offset'), 0, 0, offsetMax);
  if (offset === undefined) errors.push({ field: 'offset', message: `integer 0-${offsetMax}` });
  const tag = params.get('tag') ?? undefined;
  if (tag !== undefined && !LIMITS.tags.pattern.test(tag)) {
    errors.push({ field: 'tag', message: '1-20 lower-case letters, digits or dashes' });
  }
  if (errors.length > 0) return { ok: false, errors: errors.slice(0, 20) };
  return { ok: true, value: { limit: limit as number, offset: offset as number, tag } };
}
