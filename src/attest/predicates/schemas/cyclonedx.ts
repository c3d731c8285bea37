import { DIALECT, named, type JsonSchema } from './common.js';

/** The `tollgate:*` properties of `metadata.properties`: each at most once, the step and status exactly once. */
const TOLLGATE_PROPERTIES: Record<string, JsonSchema> = {
  'tollgate:step': { type: 'string', pattern: '^[a-z][a-z0-9-]*$' },
  'tollgate:stage': { enum: ['pre-commit', 'per-commit', 'per-pr', 'per-merge'] },
  'tollgate:status': { enum: ['passed', 'failed', 'not-applicable'] },
  'tollgate:reason': { type: 'string' },
};
const REQUIRED_PROPERTIES = ['tollgate:step', 'tollgate:status'];

const property: JsonSchema = {
  type: 'object',
  required: ['name'],
  properties: {
    name: {
      description:
        'Property name; names starting with `tollgate:` are step metadata: `tollgate:step`, `tollgate:stage`, `tollgate:status`, `tollgate:reason`, and no other.',
      type: 'string',
      pattern: named(
        `^(?!tollgate:)|^(${Object.keys(TOLLGATE_PROPERTIES).join('|')})$`,
        `a name not starting with tollgate:, or one of ${Object.keys(TOLLGATE_PROPERTIES).join(', ')}`,
      ),
    },
    value: { description: 'Property value.', type: 'string' },
  },
  allOf: Object.entries(TOLLGATE_PROPERTIES).map(([name, value]) => ({
    if: { properties: { name: { const: name } } },
    then: { required: ['value'], properties: { value } },
  })),
};

const license: JsonSchema = {
  type: 'object',
  properties: {
    license: {
      description:
        'A licence by SPDX `id` (checked against deniedLicenses) or by `name` (not checked).',
      type: 'object',
      properties: {
        id: { description: 'SPDX licence id.', type: 'string', minLength: 1 },
        name: { description: 'Licence name; not checked by the gate.', type: 'string' },
      },
    },
    expression: {
      description: 'SPDX licence expression; each term is checked against deniedLicenses.',
      type: 'string',
      minLength: 1,
    },
  },
};

const component: JsonSchema = {
  type: 'object',
  required: ['name'],
  properties: {
    type: { description: 'Component type. Not read by the gate.', type: 'string' },
    name: { description: 'Component name, as the verdict names it.', type: 'string', minLength: 1 },
    version: { description: 'Component version, as the verdict names it.', type: 'string' },
    licenses: { description: 'Licences of the component.', type: 'array', items: license },
    components: {
      description: 'Nested components, checked like the others.',
      type: 'array',
      items: { $ref: '#/$defs/component' },
    },
  },
};

/**
 * CycloneDX BOM (https://cyclonedx.org/specification/overview/): only the parts the gate reads
 * (components and their licences, the `tollgate:*` properties); the rest stays open, as the
 * CycloneDX schema defines it.
 */
export const CYCLONEDX_SCHEMA: JsonSchema = {
  $schema: DIALECT,
  $id: 'https://tollgate.dev/schemas/cyclonedx/bom.json',
  title: 'CycloneDX BOM, as the gate reads it',
  description:
    "Predicate of type https://cyclonedx.org/bom. The gate fails the step when a component's licence is one of the step's deniedLicenses; the step metadata travels as `tollgate:*` entries of `metadata.properties`.",
  type: 'object',
  required: ['bomFormat', 'specVersion', 'metadata'],
  $defs: { component },
  properties: {
    bomFormat: { description: 'Always `CycloneDX`.', const: 'CycloneDX' },
    specVersion: { description: 'CycloneDX version, e.g. `1.5`.', type: 'string', minLength: 1 },
    metadata: {
      description: 'BOM metadata, holding the step metadata.',
      type: 'object',
      required: ['properties'],
      properties: {
        properties: {
          description:
            'Name/value pairs; `tollgate:step` and `tollgate:status` exactly once, `tollgate:stage` and `tollgate:reason` at most once.',
          type: 'array',
          items: property,
          allOf: Object.keys(TOLLGATE_PROPERTIES).map((name) => ({
            contains: { type: 'object', properties: { name: { const: name } }, required: ['name'] },
            minContains: REQUIRED_PROPERTIES.includes(name) ? 1 : 0,
            maxContains: 1,
          })),
        },
      },
    },
    components: {
      description: 'The components; each licence is checked against deniedLicenses.',
      type: 'array',
      items: { $ref: '#/$defs/component' },
    },
  },
};

interface Component {
  name: string;
  version?: string;
  licenses?: { license?: { id?: string }; expression?: string }[];
  components?: Component[];
}

export interface CycloneDxPredicate {
  components?: Component[];
}
