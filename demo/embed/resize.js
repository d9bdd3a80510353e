// SLT iframe embed: resize snippet. Include it once on a page with one or more
//   <iframe data-slt-embed="ID" src="https://…/embed/?widget=…&id=ID" title="…"></iframe>
// and each frame follows the height of its widget. No dependencies; docs/EMBEDDING.md.
// A height is accepted only from the frame's own window, from the origin in its src, and
// (when data-slt-embed has a value) with the same id.
(function () {
  if (window.sltEmbedResize) return;
  window.sltEmbedResize = true;
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== 'slt-embed-height' || !(data.height >= 0 && data.height < 100000)) return;
    var frames = document.querySelectorAll('iframe[data-slt-embed]');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      if (new URL(frame.src, location.href).origin !== event.origin) return;
      var id = frame.getAttribute('data-slt-embed');
      if (id && id !== String(data.id)) return;
      frame.style.height = Math.ceil(data.height) + 'px';
      return;
    }
  });
})();
