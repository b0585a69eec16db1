#!/usr/bin/env node
// Checks one Sanad certificate (Open Badges 3.0 / VCDM 2.0) the way outside
// verifiers do, using only npm packages. Prints one JSON report; exit 0 only
// when every check passed.
//
//   node verifier/check-certificate.mjs --platform <baseUrl> --jwt <file> --ldp <file>
//        --expect active|suspended|revoked [--ob-schema <official schema file>]...
import {readFile} from 'node:fs/promises';
import {parseArgs} from 'node:util';
import {checkJwtClaims, checkJwtSignature, checkKidDereferences, credentialFromJwt} from './vc-jwt.mjs';
import {checkObSchema, loadSchemas, SchemaUnavailable} from './ob-schema.mjs';
import {checkDataIntegrityProof, checkSafeExpansion, proofsOf} from './linked-data.mjs';
import {checkStatusBits, checkStatusListIssuer, issuerIdOf, statusEntries} from './status.mjs';
import {platformLoader} from './document-loader.mjs';

const USAGE = 'usage: check-certificate.mjs --platform <baseUrl> --jwt <file> --ldp <file> ' +
  '--expect active|suspended|revoked [--ob-schema <file>]...';

function parseCommandLine() {
  const {values} = parseArgs({
    options: {
      platform: {type: 'string'},
      jwt: {type: 'string'},
      ldp: {type: 'string'},
      expect: {type: 'string'},
      'ob-schema': {type: 'string', multiple: true, default: []}
    }
  });
  const {platform, jwt, ldp, expect} = values;
  if(!platform || !jwt || !ldp || !['active', 'suspended', 'revoked'].includes(expect)) {
    throw new Error(USAGE);
  }
  return {platform: platform.replace(/\/+$/, ''), jwtFile: jwt, ldpFile: ldp, expect, schemaFiles: values['ob-schema']};
}

// Documents the platform publishes for this credential, for safe-mode expansion.
async function publishedDocuments({credential, platform, documentLoader}) {
  const urls = new Map([['issuer profile', issuerIdOf(credential)]]);
  for(const proof of proofsOf(credential)) {
    urls.set(`verification method ${proof.verificationMethod}`, proof.verificationMethod);
  }
  try {
    const {revocation, suspension} = statusEntries(credential, platform);
    urls.set('revocation list', revocation.statusListCredential);
    urls.set('suspension list', suspension.statusListCredential);
  } catch {
    // a malformed credentialStatus is reported by the status check
  }
  const documents = [];
  for(const [label, url] of urls) {
    try {
      const {document} = await documentLoader(url);
      documents.push({label, document});
    } catch(error) {
      throw new Error(`${label}: could not load ${url}: ${error.message}`);
    }
  }
  return documents;
}

async function runCheck(name, check) {
  try {
    return {name, ok: true, detail: await check()};
  } catch(error) {
    if(error instanceof SchemaUnavailable) {
      return {name, ok: true, skipped: true, detail: error.message};
    }
    return {name, ok: false, detail: error?.message ?? String(error)};
  }
}

async function main() {
  const options = parseCommandLine();
  const {platform, expect} = options;
  const jwt = (await readFile(options.jwtFile, 'utf8')).trim();
  const ldpCredential = JSON.parse(await readFile(options.ldpFile, 'utf8'));
  const documentLoader = platformLoader(platform);
  const jwtCredential = () => credentialFromJwt(jwt);
  const bothCredentials = () => [
    {label: 'VC-JWT payload', credential: jwtCredential()},
    {label: 'LDP credential', credential: ldpCredential}
  ];

  // Sequential on purpose: the machine is small and the output order fixed.
  const checks = [
    ['vc-jwt-signature', () => checkJwtSignature({jwt, platform})],
    ['vc-jwt-claims', () => checkJwtClaims({jwt})],
    ['kid-dereferences', () => checkKidDereferences({jwt, platform})],
    ['ob-schema', async () => checkObSchema({
      credentials: bothCredentials(), schemas: await loadSchemas(options.schemaFiles)
    })],
    ['jsonld-safe-expansion', async () => checkSafeExpansion({documents: [
      ...bothCredentials().map(({label, credential}) => ({label, document: credential})),
      ...await publishedDocuments({credential: ldpCredential, platform, documentLoader})
    ]})],
    ['data-integrity-proof', () => checkDataIntegrityProof({credential: ldpCredential, documentLoader})],
    ['status', () => checkStatusBits({
      credential: ldpCredential, jwtCredential: jwtCredential(), platform, expect, documentLoader
    })],
    ['status-list-issuer', () => checkStatusListIssuer({credential: ldpCredential, platform, documentLoader})]
  ];
  const results = [];
  for(const [name, check] of checks) {
    results.push(await runCheck(name, check));
  }
  const ok = results.every(result => result.ok);
  process.stdout.write(JSON.stringify({checks: results, ok}, null, 2) + '\n');
  return ok ? 0 : 1;
}

main().then(code => {
  process.exitCode = code;
}, error => {
  process.stderr.write(`${error.message}\n`);
  process.exitCode = 2;
});
