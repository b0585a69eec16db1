// JSON-LD checks: safe-mode expansion and the eddsa-rdfc-2022 DataIntegrityProof.
import jsonld from 'jsonld';
import * as vc from '@digitalcredentials/vc';
import {DataIntegrityProof} from '@digitalcredentials/data-integrity';
import {cryptosuite as eddsaRdfc2022} from '@digitalcredentials/eddsa-rdfc-2022-cryptosuite';
import {contextOnlyLoader} from './document-loader.mjs';

export function eddsaSuite() {
  return new DataIntegrityProof({cryptosuite: eddsaRdfc2022});
}

// Flattens the nested errors the VC libraries return into one line.
export function errorMessage(error) {
  if(!error) {
    return 'unknown error';
  }
  const nested = [].concat(error.errors ?? [], error.cause ?? [], error.details?.cause ?? []);
  const own = error.message || String(error);
  const inner = nested.map(errorMessage).filter(message => message !== own);
  // jsonld safe mode puts the offending term in details.event.details
  const event = error.details?.event;
  const details = event ? ` (${event.code}: ${JSON.stringify(event.details)})` : '';
  return [own + details, ...inner].join(' ← ');
}

// documents: [{label, document}]; safe mode throws on any term no context defines.
export async function checkSafeExpansion({documents}) {
  const failures = [];
  for(const {label, document} of documents) {
    try {
      await jsonld.expand(document, {safe: true, documentLoader: contextOnlyLoader});
    } catch(error) {
      failures.push(`${label}: ${errorMessage(error)}`);
    }
  }
  if(failures.length) {
    throw new Error(failures.join(' | '));
  }
  return `expanded in safe mode: ${documents.map(({label}) => label).join(', ')}`;
}

export function proofsOf(credential) {
  return [].concat(credential.proof ?? []);
}

export async function verifyDataIntegrity({credential, documentLoader}) {
  const result = await vc.verifyCredential({
    credential,
    suite: eddsaSuite(),
    documentLoader,
    // Status is checked by its own check; vc requires a function when
    // credentialStatus is present.
    checkStatus: async () => ({verified: true})
  });
  if(!result.verified) {
    const error = result.error ?? result.results?.find(r => !r.verified)?.error;
    throw new Error(errorMessage(error));
  }
  return result;
}

export async function checkDataIntegrityProof({credential, documentLoader}) {
  const proofs = proofsOf(credential);
  const eddsaProof = proofs.find(proof =>
    proof.type === 'DataIntegrityProof' && proof.cryptosuite === 'eddsa-rdfc-2022');
  if(!eddsaProof) {
    throw new Error('no DataIntegrityProof with cryptosuite eddsa-rdfc-2022 in the LDP credential');
  }
  await verifyDataIntegrity({credential, documentLoader});
  return `eddsa-rdfc-2022 proof verified; verificationMethod ${eddsaProof.verificationMethod}, ` +
    `proof ${Array.isArray(credential.proof) ? 'array' : 'object'}`;
}
