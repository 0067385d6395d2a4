// Passkeys: signing in on the login page, adding one in settings. Both forms stay hidden unless the
// browser supports WebAuthn; without it (or without JavaScript) the password form works as before.
// Talks to Spring Security's endpoints: /webauthn/authenticate/options, /login/webauthn,
// /webauthn/register/options and /webauthn/register, with the page's CSRF token as a header.
(function () {
  'use strict';

  if (!window.PublicKeyCredential || !navigator.credentials) {
    return;
  }

  function decode(base64url) {
    var base64 = base64url.replace(/-/g, '+').replace(/_/g, '/');
    var text = atob(base64);
    var bytes = new Uint8Array(text.length);
    for (var i = 0; i < text.length; i++) {
      bytes[i] = text.charCodeAt(i);
    }
    return bytes.buffer;
  }

  function encode(buffer) {
    var bytes = new Uint8Array(buffer);
    var text = '';
    for (var i = 0; i < bytes.length; i++) {
      text += String.fromCharCode(bytes[i]);
    }
    return btoa(text).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
  }

  function descriptors(list) {
    return (list || []).map(function (c) {
      return Object.assign({}, c, { id: decode(c.id) });
    });
  }

  // signed-in pages carry the token in meta tags; the sign-in form in its hidden field
  function csrfHeaders(form) {
    var headers = { 'Content-Type': 'application/json', Accept: 'application/json' };
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      headers[header.content] = token.content;
      return headers;
    }
    var field = form.querySelector('input[name="_csrf"]');
    if (field) {
      headers[form.dataset.csrfHeader || 'X-CSRF-TOKEN'] = field.value;
    }
    return headers;
  }

  function post(url, headers, body) {
    return fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: headers,
      body: body === undefined ? undefined : JSON.stringify(body)
    });
  }

  // the ceremony's options from the server, the challenge as bytes
  async function fetchOptions(form, headers) {
    var answer = await post(form.dataset.options, headers);
    if (!answer.ok) {
      throw new Error('options ' + answer.status);
    }
    var options = await answer.json();
    options.challenge = decode(options.challenge);
    return options;
  }

  async function signIn(form) {
    var headers = csrfHeaders(form);
    var options = await fetchOptions(form, headers);
    options.allowCredentials = descriptors(options.allowCredentials);
    var credential = await navigator.credentials.get({ publicKey: options });
    var response = credential.response;
    var result = await post(form.action, headers, {
      id: credential.id,
      rawId: encode(credential.rawId),
      response: {
        authenticatorData: encode(response.authenticatorData),
        clientDataJSON: encode(response.clientDataJSON),
        signature: encode(response.signature),
        userHandle: response.userHandle ? encode(response.userHandle) : undefined
      },
      credType: credential.type,
      clientExtensionResults: credential.getClientExtensionResults(),
      authenticatorAttachment: credential.authenticatorAttachment
    });
    var outcome = await result.json().catch(function () { return {}; });
    if (outcome.redirectUrl) {
      // signed in (the page they wanted), or refused with the reason for the sign-in page
      location.assign(outcome.redirectUrl);
      return;
    }
    throw new Error('sign-in ' + result.status);
  }

  async function register(form) {
    var label = form.querySelector('input[name="label"]').value.trim();
    var headers = csrfHeaders(form);
    var options = await fetchOptions(form, headers);
    options.user = Object.assign({}, options.user, { id: decode(options.user.id) });
    options.excludeCredentials = descriptors(options.excludeCredentials);
    var credential = await navigator.credentials.create({ publicKey: options });
    var response = credential.response;
    var result = await post(form.action, headers, {
      publicKey: {
        credential: {
          id: credential.id,
          rawId: encode(credential.rawId),
          response: {
            attestationObject: encode(response.attestationObject),
            clientDataJSON: encode(response.clientDataJSON),
            transports: response.getTransports ? response.getTransports() : []
          },
          type: credential.type,
          clientExtensionResults: credential.getClientExtensionResults(),
          authenticatorAttachment: credential.authenticatorAttachment
        },
        label: label
      }
    });
    var outcome = await result.json().catch(function () { return {}; });
    if (!result.ok || !outcome.success) {
      throw new Error('register ' + result.status);
    }
    location.assign(form.dataset.done);
  }

  function wire(form, ceremony, errorId) {
    if (!form) {
      return;
    }
    var error = document.getElementById(errorId);
    form.hidden = false;
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      if (!form.reportValidity()) {
        return;
      }
      var button = form.querySelector('button[type="submit"]');
      error.hidden = true;
      button.disabled = true;
      ceremony(form).catch(function () {
        // cancelled by the person, refused by the server, or the network: say so and let them try again
        error.hidden = false;
        button.disabled = false;
      });
    });
  }

  wire(document.getElementById('passkey-sign-in'), signIn, 'passkey-sign-in-error');
  wire(document.getElementById('passkey-register'), register, 'passkey-register-error');
  var unsupported = document.getElementById('passkey-unsupported');
  if (unsupported && document.getElementById('passkey-register')) {
    unsupported.hidden = true;
  }
})();
