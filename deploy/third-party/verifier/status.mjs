// Bitstring Status List checks (revocation entry + sibling suspension list).
import {checkStatus} from '@digitalcredentials/vc-bitstring-status-list';
import {errorMessage, verifyDataIntegrity} from './linked-data.mjs';

const EXPECTED_BITS = {
  active: {revocation: false, suspension: false},
  suspended: {revocation: false, suspension: true},
  revoked: {revocation: true, suspension: false}
};

export function issuerIdOf(credential) {
  return typeof credential.issuer === 'string' ? credential.issuer : credential.issuer?.id;
}

export function revocationEntry(credential, platform) {
  const entry = credential.credentialStatus;
  if(!entry || typeof entry !== 'object' || Array.isArray(entry)) {
    throw new Error('credentialStatus must be a single object');
  }
  if(entry.type !== 'BitstringStatusListEntry' || entry.statusPurpose !== 'revocation') {
    throw new Error(`credentialStatus is ${entry.type}/${entry.statusPurpose}, expected BitstringStatusListEntry/revocation`);
  }
  if(new URL(entry.statusListCredential).origin !== new URL(platform).origin) {
    throw new Error(`statusListCredential ${entry.statusListCredential} is not on the platform`);
  }
  return entry;
}

export function suspensionListUrl(revocationListUrl) {
  const url = new URL(revocationListUrl);
  const segments = url.pathname.split('/');
  if(segments.filter(segment => segment === 'revocation').length !== 1) {
    throw new Error(`${revocationListUrl} has no single "revocation" path segment`);
  }
  url.pathname = segments.map(s => (s === 'revocation' ? 'suspension' : s)).join('/');
  return url.href;
}

export function statusEntries(credential, platform) {
  const revocation = revocationEntry(credential, platform);
  const suspensionUrl = suspensionListUrl(revocation.statusListCredential);
  const suspension = {
    ...revocation,
    id: `${suspensionUrl}#${revocation.statusListIndex}`,
    statusPurpose: 'suspension',
    statusListCredential: suspensionUrl
  };
  return {revocation, suspension};
}

// True when the entry's bit is set, read with the library's own decoder.
// Proof and issuer of the list are check 7's job, so they are not verified here.
async function statusBit({credential, entry, documentLoader}) {
  const result = await checkStatus({
    credential: {...credential, credentialStatus: entry},
    documentLoader,
    verifyBitstringStatusListCredential: false,
    verifyMatchingIssuers: false
  });
  if(result.error) {
    throw new Error(`${entry.statusPurpose} list: ${errorMessage(result.error)}`);
  }
  return !result.verified;
}

// Key order does not matter when comparing the two serialisations.
function sortedJson(value) {
  return JSON.stringify(value, (key, v) =>
    (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort()) : v));
}

export async function checkStatusBits({credential, jwtCredential, platform, expect, documentLoader}) {
  const expected = EXPECTED_BITS[expect];
  if(sortedJson(credential.credentialStatus) !== sortedJson(jwtCredential.credentialStatus)) {
    throw new Error('the VC-JWT and the LDP credential carry different credentialStatus');
  }
  const entries = statusEntries(credential, platform);
  const bits = {};
  for(const purpose of ['revocation', 'suspension']) {
    bits[purpose] = await statusBit({credential, entry: entries[purpose], documentLoader});
  }
  const seen = `revocation=${+bits.revocation}, suspension=${+bits.suspension} at index ${entries.revocation.statusListIndex}`;
  if(bits.revocation !== expected.revocation || bits.suspension !== expected.suspension) {
    throw new Error(`${seen}; expected ${expect}: revocation=${+expected.revocation}, suspension=${+expected.suspension}`);
  }
  return `${seen} (${expect})`;
}

export async function checkStatusListIssuer({credential, platform, documentLoader}) {
  const issuerId = issuerIdOf(credential);
  const entries = statusEntries(credential, platform);
  const problems = [];
  for(const {statusListCredential: url} of Object.values(entries)) {
    try {
      const {document: list} = await documentLoader(url);
      const listIssuer = issuerIdOf(list);
      if(listIssuer !== issuerId) {
        problems.push(`${url}: issuer ${listIssuer} ≠ credential issuer ${issuerId}`);
      }
      await verifyDataIntegrity({credential: list, documentLoader});
    } catch(error) {
      problems.push(`${url}: ${errorMessage(error)}`);
    }
  }
  if(problems.length) {
    throw new Error(problems.join(' | '));
  }
  return `both status lists issued by ${issuerId}, proofs verified`;
}
