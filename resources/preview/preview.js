// Runs in Qt's ApplicationWorld: the article's own scripts never run, these do.
// The app sends only the blocks that changed; each block keeps its source line.
var feder = (function () {
  var lines = [];
  function body() { return document.getElementById('feder-body'); }
  function block(html, index) {
    var div = document.createElement('div');
    div.className = 'feder-block';
    div.innerHTML = html;
    return div;
  }
  function firstBox(el) {
    // A wrapper with display: contents has no box; measure its first child instead.
    var child = el.firstElementChild;
    return child ? child.getBoundingClientRect() : null;
  }
  return {
    setLines: function (newLines) { lines = newLines; },
    patch: function (start, removeCount, htmls) {
      var root = body();
      for (var i = 0; i < removeCount; i++) {
        var old = root.children[start];
        if (old) root.removeChild(old);
      }
      var before = root.children[start] || null;
      var fragment = document.createDocumentFragment();
      for (var j = 0; j < htmls.length; j++) fragment.appendChild(block(htmls[j]));
      root.insertBefore(fragment, before);
      var children = root.children;
      for (var k = 0; k < children.length; k++) children[k].dataset.line = lines[k];
    },
    setPart: function (id, html) { document.getElementById(id).innerHTML = html; },
    setTheme: function (theme) {
      var root = document.documentElement;
      root.classList.remove('theme-dark', 'theme-light');
      if (theme) root.classList.add('theme-' + theme);
    },
    scrollToLine: function (line) {
      var children = body().children, target = null, next = null;
      for (var i = 0; i < children.length; i++) {
        if (lines[i] <= line) { target = children[i]; next = children[i + 1] || null; }
        else break;
      }
      if (!target) { window.scrollTo(0, 0); return; }
      var box = firstBox(target);
      if (!box) return;
      var top = box.top + window.scrollY;
      var idx = Array.prototype.indexOf.call(children, target);
      var nextBox = next ? firstBox(next) : null;
      if (nextBox && lines[idx + 1] > lines[idx]) {
        var fraction = (line - lines[idx]) / (lines[idx + 1] - lines[idx]);
        top += fraction * (nextBox.top - box.top);
      }
      window.scrollTo(0, Math.max(0, top - 8));
    },
    topLine: function () {
      var children = body().children;
      for (var i = 0; i < children.length; i++) {
        var box = firstBox(children[i]);
        if (box && box.bottom > 0) return lines[i];
      }
      return -1;
    }
  };
})();
