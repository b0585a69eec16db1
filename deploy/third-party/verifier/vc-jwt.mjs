// VC-JWT checks (Open Badges 3.0 §8.2 "JSON Web Token Proof Format").
import {createRemoteJWKSet, decodeJwt, decodeProtectedHeader, importJWK, jwtVerify} from 'jose';
import {fetchPlatformJson} from './document-loader.mjs';

const ALGORITHMS = ['ES256'];
const JWT_CLAIMS = ['iss', 'sub', 'nbf', 'exp', 'iat', 'jti', 'aud'];

// OB 3.0: the payload is the credential plus JWT claims (a VCDM 1.1 style
// payload keeps it in `vc` instead). The claims are not credential terms.
export function credentialFromJwt(jwt) {
  const payload = decodeJwt(jwt);
  if(payload.vc && typeof payload.vc === 'object') {
    return structuredClone(payload.vc);
  }
  const credential = structuredClone(payload);
  for(const claim of JWT_CLAIMS) {
    delete credential[claim];
  }
  return credential;
}

export async function checkJwtSignature({jwt, platform}) {
  const jwksUrl = `${platform}/.well-known/jwks.json`;
  const jwks = createRemoteJWKSet(new URL(jwksUrl));
  let protectedHeader;
  try {
    ({protectedHeader} = await jwtVerify(jwt, jwks, {algorithms: ALGORITHMS}));
  } catch(error) {
    throw new Error(`against ${jwksUrl}: ${error.message}`);
  }
  if(protectedHeader.typ !== undefined && protectedHeader.typ !== 'JWT') {
    throw new Error(`header typ is "${protectedHeader.typ}"; OB 3.0 allows only "JWT"`);
  }
  return `verified with ${protectedHeader.alg} against ${jwksUrl} (kid ${protectedHeader.kid})`;
}

export async function checkKidDereferences({jwt, platform}) {
  const {kid} = decodeProtectedHeader(jwt);
  if(typeof kid !== 'string') {
    throw new Error('JWT header has no kid');
  }
  let kidUrl;
  try {
    kidUrl = new URL(kid);
  } catch {
    throw new Error(`kid "${kid}" is not an absolute URL`);
  }
  const jwk = await fetchPlatformJson(platform, kidUrl.href);
  if(!jwk || typeof jwk !== 'object' || Array.isArray(jwk) || 'keys' in jwk) {
    throw new Error(`GET ${kid} did not return a single JWK object`);
  }
  if(typeof jwk.kty !== 'string') {
    throw new Error(`GET ${kid} returned an object without "kty"`);
  }
  if('d' in jwk) {
    throw new Error(`GET ${kid} returned a PRIVATE key`);
  }
  const key = await importJWK(jwk, 'ES256');
  await jwtVerify(jwt, key, {algorithms: ALGORITHMS});
  return `GET ${kid} → one ${jwk.kty}/${jwk.crv} JWK; signature verifies with it`;
}

// OB 3.0 §8.2.4.3: iss, sub, nbf, jti must mirror the credential.
export async function checkJwtClaims({jwt}) {
  const payload = decodeJwt(jwt);
  const credential = credentialFromJwt(jwt);
  const issuerId = typeof credential.issuer === 'string' ? credential.issuer : credential.issuer?.id;
  const expected = {
    iss: issuerId,
    sub: credential.credentialSubject?.id,
    jti: credential.id,
    nbf: credential.validFrom && Date.parse(credential.validFrom) / 1000
  };
  if(credential.validUntil || payload.exp !== undefined) {
    expected.exp = credential.validUntil && Date.parse(credential.validUntil) / 1000;
  }
  const wrong = Object.entries(expected)
    .filter(([claim, value]) => value === undefined || payload[claim] !== value)
    .map(([claim, value]) => `${claim}=${JSON.stringify(payload[claim])} (expected ${JSON.stringify(value)})`);
  if(wrong.length) {
    throw new Error(`JWT claims do not mirror the credential: ${wrong.join('; ')}`);
  }
  return `iss, sub, jti, nbf${'exp' in expected ? ', exp' : ''} match issuer.id, credentialSubject.id, id, validFrom`;
}
