// The embed demo's own page logic: what a partner writes around the snippet.
(function () {
  'use strict';
  var host = document.getElementById('cornflower');
  var log = document.getElementById('demo-log');
  var picture = document.getElementById('demo-picture');
  var pictureUrl = null;

  document.getElementById('demo-code').textContent = [
    '<div data-cornflower data-lang="en" data-theme="light" data-accent="#c2185b"',
    '     data-partner="Friends of Belarus"></div>',
    '<script src="' + new URL('embed.js', location.href).href + '" async></script>',
    '<script>',
    "  document.addEventListener('cornflower:image', (event) => {",
    '    const { blob, fileName } = event.detail; // the picture, as a Blob',
    '  });',
    '</script>',
  ].join('\n');

  function entry(type, detail) {
    var item = document.createElement('li');
    var name = document.createElement('strong');
    name.textContent = type;
    item.appendChild(name);
    item.appendChild(document.createTextNode(' ' + detail));
    log.insertBefore(item, log.firstChild);
    while (log.children.length > 40) log.removeChild(log.lastChild);
  }

  // Every message from the editor, as it arrives (embed.js also turns them into DOM events).
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || typeof data.type !== 'string') return;
    var fields = Object.keys(data)
      .filter(function (key) {
        return key !== 'type';
      })
      .map(function (key) {
        var value = data[key];
        if (value instanceof Blob) return key + ': Blob(' + value.type + ', ' + value.size + ' bytes)';
        return key + ': ' + JSON.stringify(value);
      });
    entry(data.type, '{ ' + fields.join(', ') + ' }');
  });

  host.addEventListener('cornflower:ready', function (event) {
    var select = document.getElementById('demo-lang');
    event.detail.languages.forEach(function (code) {
      var option = document.createElement('option');
      option.value = code;
      option.textContent = code;
      option.selected = code === 'en';
      select.appendChild(option);
    });
  });

  host.addEventListener('cornflower:image', function (event) {
    if (pictureUrl) URL.revokeObjectURL(pictureUrl);
    pictureUrl = URL.createObjectURL(event.detail.blob);
    picture.src = pictureUrl;
    picture.hidden = false;
    document.getElementById('demo-empty').hidden = true;
    document.getElementById('demo-picture-info').textContent =
      event.detail.fileName +
      ', ' +
      event.detail.width +
      ' × ' +
      event.detail.height +
      ' px, ' +
      Math.round(event.detail.blob.size / 1024) +
      ' KB';
  });

  document.getElementById('demo-lang').addEventListener('change', function (event) {
    host.setLanguage(event.target.value);
  });
  function theme() {
    var dark = document.getElementById('demo-theme').value === 'dark';
    document.documentElement.classList.toggle('dark', dark);
    host.setTheme(dark ? 'dark' : 'light', document.getElementById('demo-accent').value);
  }
  document.getElementById('demo-theme').addEventListener('change', theme);
  document.getElementById('demo-accent').addEventListener('change', theme);
  document.getElementById('demo-request').addEventListener('click', function () {
    host.requestImage();
  });

  // `?theme=dark&accent=%230a7d3b` on the demo's own address starts it that way (for screenshots).
  var params = new URLSearchParams(location.search);
  if (params.get('theme') === 'dark') {
    document.getElementById('demo-theme').value = 'dark';
    host.setAttribute('data-theme', 'dark');
    document.documentElement.classList.add('dark');
  }
  if (/^#[0-9a-f]{6}$/i.test(params.get('accent') || '')) {
    document.getElementById('demo-accent').value = params.get('accent');
    host.setAttribute('data-accent', params.get('accent'));
  }
})();
