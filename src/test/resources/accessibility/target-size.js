// WCAG 2.2, 2.5.8 Target Size (Minimum), checked on the page as shown: answers the targets that are smaller than
// 24 x 24 CSS pixels and qualify for none of the criterion's exceptions that apply to a page like ours
// (inline: a link in a sentence; spacing: a 24 px circle centred on it meets no other target or circle).
var MIN = 24;
var targets = Array.prototype.filter.call(
  document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, summary'),
  function (el) {
    var box = el.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
  });
function describe(el) {
  var text = (el.textContent || el.value || el.name || '').trim().replace(/\s+/g, ' ').substring(0, 30);
  var box = el.getBoundingClientRect();
  return el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + ' "' + text + '" '
    + Math.round(box.width * 10) / 10 + 'x' + Math.round(box.height * 10) / 10;
}
function inSentence(el) {
  if (el.tagName !== 'A' || getComputedStyle(el).display !== 'inline') {
    return false;
  }
  var block = el.parentElement;
  while (block && getComputedStyle(block).display === 'inline') {
    block = block.parentElement;
  }
  return block && block.textContent.trim().length > el.textContent.trim().length;
}
function centre(box) {
  return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
}
function distanceToBox(point, box) {
  var dx = Math.max(box.left - point.x, 0, point.x - box.right);
  var dy = Math.max(box.top - point.y, 0, point.y - box.bottom);
  return Math.sqrt(dx * dx + dy * dy);
}
var small = targets.filter(function (el) {
  var box = el.getBoundingClientRect();
  return (box.width < MIN || box.height < MIN) && !inSentence(el);
});
return small.filter(function (el) {
  var here = centre(el.getBoundingClientRect());
  return targets.some(function (other) {
    if (other === el || other.contains(el) || el.contains(other)) {
      return false;
    }
    var box = other.getBoundingClientRect();
    if (small.indexOf(other) >= 0) {
      var there = centre(box);
      return Math.hypot(here.x - there.x, here.y - there.y) < MIN;
    }
    return distanceToBox(here, box) < MIN / 2;
  });
}).map(describe);
