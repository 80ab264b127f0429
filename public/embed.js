/*
 * Cornflower embed script: one <script> tag turns every
 *   <div data-cornflower data-lang="pl" data-overlay="banner" data-theme="dark" data-partner="…"></div>
 * into the editor's iframe, sized to its content, and raises DOM events on the div:
 *   cornflower:ready  {languages}
 *   cornflower:image  {blob, mimeType, width, height, fileName}   (only when the person downloads or agrees)
 *   cornflower:error  {code}
 * and gives the div three methods: requestImage(), setLanguage(lang), setTheme(theme, accent).
 * Plain ES2017, no dependencies, no build step. Protocol and parameters: README, "Embedding".
 */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || !script.src) return;
  var appUrl = new URL('./', script.src);
  var appOrigin = appUrl.origin;
  var VERSION = 1;
  var PARAMS = ['lang', 'overlay', 'quote', 'size', 'format', 'theme', 'accent', 'partner'];
  var frames = [];

  function build(host) {
    if (host.cornflowerFrame) return;
    var src = new URL(appUrl.href);
    src.searchParams.set('mode', 'embed');
    src.searchParams.set('parentOrigin', window.location.origin);
    PARAMS.forEach(function (name) {
      var value = host.getAttribute('data-' + name);
      if (value) src.searchParams.set(name, value);
    });
    var iframe = document.createElement('iframe');
    iframe.src = src.href;
    iframe.title = host.getAttribute('data-title') || 'Cornflower profile picture maker';
    // Scripts and its own origin (for its worker and storage), downloads of the picture, and forms
    // (the file picker); no popups, no top navigation: it can never move the partner's page.
    iframe.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-downloads allow-forms');
    iframe.setAttribute('allow', 'camera; web-share; clipboard-write');
    iframe.setAttribute('loading', host.getAttribute('data-loading') || 'eager');
    iframe.style.cssText =
      'display:block;width:100%;min-width:320px;height:640px;border:0;color-scheme:normal';
    host.cornflowerFrame = iframe;
    host.appendChild(iframe);
    frames.push({ host: host, iframe: iframe });

    function send(message) {
      if (iframe.contentWindow) iframe.contentWindow.postMessage(message, appOrigin);
    }
    host.requestImage = function () {
      send({ type: 'cornflower:request-image', version: VERSION });
    };
    host.setLanguage = function (lang) {
      send({ type: 'cornflower:set-language', version: VERSION, lang: String(lang) });
    };
    host.setTheme = function (theme, accent) {
      var message = { type: 'cornflower:set-theme', version: VERSION };
      if (theme) message.theme = theme;
      if (accent) message.accent = accent;
      send(message);
    };
  }

  function raise(host, name, detail) {
    host.dispatchEvent(new CustomEvent(name, { detail: detail, bubbles: true }));
  }

  window.addEventListener('message', function (event) {
    if (event.origin !== appOrigin) return;
    var frame = null;
    for (var i = 0; i < frames.length; i++)
      if (frames[i].iframe.contentWindow === event.source) frame = frames[i];
    var data = event.data;
    if (!frame || !data || typeof data !== 'object' || data.version !== VERSION) return;
    if (data.type === 'cornflower:resize' && typeof data.height === 'number' && data.height > 0) {
      frame.iframe.style.height = Math.min(Math.ceil(data.height), 20000) + 'px';
      return;
    }
    if (data.type === 'cornflower:ready')
      raise(frame.host, 'cornflower:ready', { languages: data.languages });
    else if (data.type === 'cornflower:image' && data.blob instanceof Blob)
      raise(frame.host, 'cornflower:image', {
        blob: data.blob,
        mimeType: data.mimeType,
        width: data.width,
        height: data.height,
        fileName: data.fileName,
      });
    else if (data.type === 'cornflower:error') raise(frame.host, 'cornflower:error', { code: data.code });
  });

  function scan() {
    var hosts = document.querySelectorAll('[data-cornflower]');
    for (var i = 0; i < hosts.length; i++) build(hosts[i]);
  }
  window.Cornflower = { scan: scan, version: VERSION };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
  else scan();
})();
