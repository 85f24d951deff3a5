// An agency's web app that logs citizens in with ThaiD, written as any agency would: on a
// standard OpenID Connect client library (openid-client), with discovery, the authorization
// code flow with PKCE S256, ID token validation, introspection and revocation. Nothing of the
// ThaiD project's own code is used here.
import http from 'node:http';
import { randomBytes } from 'node:crypto';
import { Issuer, generators, custom, errors } from 'openid-client';

const escape = (s) =>
  String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

// JSON inside <script>: entities are not decoded there, so only '<' needs hiding.
const scriptJson = (v) => JSON.stringify(v).replace(/</g, '\\u003c');

function page(title, body) {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${escape(title)}</title>
<style>body{font-family:'Noto Sans Thai','Loma',sans-serif;margin:40px;color:#1b2430}
.card{border:1px solid #ccd;border-radius:8px;padding:16px 24px;max-width:640px}</style></head>
<body><h1>${escape(title)}</h1>${body}</body></html>`;
}

// Starts the agency on 127.0.0.1 (a free port) and resolves to { url, close }. `register` is
// given the callback URI and resolves to the client ID and secret the registry issued for it.
export async function startAgency({ issuerUrl, ca, scope, register }) {
  custom.setHttpOptionsDefaults({ ca, timeout: 10000 });
  const issuer = await Issuer.discover(issuerUrl);
  const sessions = new Map();
  let redirectUri = '';
  let client = null;
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    const sid = /(?:^|;\s*)rp=([A-Za-z0-9_-]+)/.exec(req.headers.cookie || '')?.[1];
    const session = sid && sessions.get(sid);
    const send = (status, html, headers = {}) => {
      res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8', ...headers });
      res.end(html);
    };
    try {
      if (url.pathname === '/') {
        return send(200, page('Example Department e-Service',
          '<p><a id="login" href="/login">Log in with ThaiD</a></p>'));
      }
      if (url.pathname === '/login') {
        const s = { verifier: generators.codeVerifier(), state: generators.state(),
                    nonce: generators.nonce() };
        const id = randomBytes(16).toString('base64url');
        sessions.set(id, s);
        const to = client.authorizationUrl({
          scope, state: s.state, nonce: s.nonce,
          code_challenge: generators.codeChallenge(s.verifier), code_challenge_method: 'S256',
        });
        return send(302, '', { Location: to, 'Set-Cookie': `rp=${id}; Path=/; HttpOnly` });
      }
      if (url.pathname === '/callback') {
        if (!session) return send(400, page('No login in progress', ''));
        const params = client.callbackParams(req);
        try {
          const tokens = await client.callback(redirectUri, params, {
            code_verifier: session.verifier, state: session.state, nonce: session.nonce,
          });
          const claims = tokens.claims();
          const introspection = await client.introspect(tokens.access_token);
          session.tokens = tokens;
          const result = { claims, introspection, id_token_alg: JSON.parse(
            Buffer.from(tokens.id_token.split('.')[0], 'base64url')).alg };
          return send(200, page('Logged in with ThaiD', `<div class="card">
<p>ชื่อ / Name: <b id="name">${escape(claims.name || '')}</b> (${escape(claims.name_en || '')})</p>
<p>เลขประจำตัวประชาชน / Citizen ID: <b id="pid">${escape(claims.pid || '')}</b></p>
<p>Assurance: <b id="ial">${escape(claims.ial || '')}</b></p></div>
<script type="application/json" id="result">${scriptJson(result)}</script>`));
        } catch (e) {
          const code = e instanceof errors.OPError ? e.error : e.message;
          return send(200, page('Login not completed',
            `<p id="error" data-error="${escape(code)}">${escape(code)}: ${
              escape(e.error_description || '')}</p>`));
        }
      }
      if (url.pathname === '/revoke') {
        if (!session?.tokens) return send(400, page('Not logged in', ''));
        await client.revoke(session.tokens.access_token);
        const after = await client.introspect(session.tokens.access_token);
        return send(200, page('Logged out', `<p>Logged out.</p>
<script type="application/json" id="result">${scriptJson({ after })}</script>`));
      }
      send(404, page('Not found', ''));
    } catch (e) {
      send(500, page('Agency error', `<p id="error" data-error="internal">${escape(e.message)}</p>`));
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const base = `http://127.0.0.1:${server.address().port}`;
  redirectUri = `${base}/callback`;
  const { clientId, clientSecret } = await register(redirectUri);
  client = new issuer.Client({
    client_id: clientId, client_secret: clientSecret, redirect_uris: [redirectUri],
    response_types: ['code'], token_endpoint_auth_method: 'client_secret_basic',
    id_token_signed_response_alg: 'ES256',
  });
  return { url: base, redirectUri, issuer, close: () => new Promise((ok) => server.close(ok)) };
}
