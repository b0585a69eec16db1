// JSON Schema check against the official 1EdTech Open Badges 3.0.3 schemas.
import {readFile} from 'node:fs/promises';
import {createRequire} from 'node:module';
import {Ajv2019} from 'ajv/dist/2019.js';
import addFormats from 'ajv-formats';

export const ACHIEVEMENT_SCHEMA_ID =
  'https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json';
// Open Badges names its own validator type; VC Data Model 2.0 defines JsonSchema, the one a credential with a
// Data Integrity proof can carry (no published context defines 1EdTech's, so safe-mode JSON-LD refuses it).
const SCHEMA_VALIDATOR_TYPES = ['1EdTechJsonSchemaValidator2019', 'JsonSchema'];

// Thrown when the official schema is not at hand: the check is then reported as skipped, not passed.
export class SchemaUnavailable extends Error {}

// Installed npm files that hold the unmodified official schemas, as
// "package/path". No package on the registry was found to ship them (see
// /tmp/verifier-notes.md); add them here when one does.
const PACKAGED_SCHEMA_FILES = [];

const require = createRequire(import.meta.url);

async function readJson(path) {
  return JSON.parse(await readFile(path, 'utf8'));
}

// Returns Map($id -> schema) from the packaged files plus any --ob-schema files.
export async function loadSchemas(extraFiles = []) {
  const paths = [...PACKAGED_SCHEMA_FILES.map(file => require.resolve(file)), ...extraFiles];
  const schemas = new Map();
  for(const path of paths) {
    const schema = await readJson(path);
    if(typeof schema.$id !== 'string') {
      throw new Error(`${path} has no $id`);
    }
    schemas.set(schema.$id, schema);
  }
  return schemas;
}

function newValidator(schemas) {
  // strict:false because the 1EdTech schemas use draft-2019 tuple forms that
  // ajv's strict mode only warns about; they are not ours to edit.
  const ajv = new Ajv2019({allErrors: true, strict: false});
  addFormats(ajv);
  for(const schema of schemas.values()) {
    ajv.addSchema(schema);
  }
  return ajv;
}

function describeErrors(errors) {
  return errors.slice(0, 8)
    .map(error => `${error.instancePath || '/'} ${error.message}${error.params?.allowedValues ? ' ' + JSON.stringify(error.params.allowedValues) : ''}`)
    .join('; ') + (errors.length > 8 ? `; … ${errors.length - 8} more` : '');
}

function validateAgainst(ajv, schemaId, credential) {
  const validate = ajv.getSchema(schemaId);
  if(!validate) {
    return `schema ${schemaId} is not installed`;
  }
  return validate(credential) ? null : describeErrors(validate.errors);
}

// credentials: [{label, credential}]
export function checkObSchema({credentials, schemas}) {
  if(!schemas.has(ACHIEVEMENT_SCHEMA_ID)) {
    throw new SchemaUnavailable(`the official schema ${ACHIEVEMENT_SCHEMA_ID} is not available from any installed package ` +
      '(pass --ob-schema <file> with the unmodified official file)');
  }
  const ajv = newValidator(schemas);
  const problems = [];
  const passed = [];
  for(const {label, credential} of credentials) {
    const claimed = [].concat(credential.credentialSchema ?? []);
    const schemaIds = [ACHIEVEMENT_SCHEMA_ID];
    for(const entry of claimed) {
      if(!SCHEMA_VALIDATOR_TYPES.includes(entry?.type)) {
        problems.push(`${label}: credentialSchema ${entry?.id} has type ${JSON.stringify(entry?.type)}, ` +
          `expected one of ${SCHEMA_VALIDATOR_TYPES.join(', ')}`);
      }
      if(entry?.id && !schemaIds.includes(entry.id)) {
        schemaIds.push(entry.id);
      }
    }
    for(const schemaId of schemaIds) {
      const failure = validateAgainst(ajv, schemaId, credential);
      if(failure) {
        problems.push(`${label} vs ${schemaId.split('/').pop()}: ${failure}`);
      } else {
        passed.push(`${label} vs ${schemaId.split('/').pop()}`);
      }
    }
  }
  if(problems.length) {
    throw new Error(problems.join(' | '));
  }
  return `valid: ${passed.join(', ')}`;
}
