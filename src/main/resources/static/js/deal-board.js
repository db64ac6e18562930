// The deal board's drag and drop: a card dropped on another column posts its own "Move to" form (version and CSRF
// token included) with the new stage, then the board is fetched again so cards, counts and totals are current.
// Without scripts, or from the keyboard, the form on each card does the same.
(function () {
  'use strict';
  var board = document.getElementById('board');
  if (!board) {
    return;
  }
  var status = document.getElementById('board-status');
  var dragged = null;

  function say(text) {
    if (status) {
      status.textContent = text;
    }
  }

  function refresh() {
    return fetch(window.location.href, { headers: { 'Accept': 'text/html' }, credentials: 'same-origin' })
      .then(function (response) { return response.text(); })
      .then(function (html) {
        var fresh = new DOMParser().parseFromString(html, 'text/html').getElementById('board');
        if (fresh) {
          board.innerHTML = fresh.innerHTML;
        }
      });
  }

  board.addEventListener('dragstart', function (event) {
    var card = event.target.closest ? event.target.closest('.card') : null;
    if (!card) {
      return;
    }
    dragged = card;
    card.classList.add('dragging');
    event.dataTransfer.effectAllowed = 'move';
    event.dataTransfer.setData('text/plain', card.getAttribute('data-deal-id'));
  });

  board.addEventListener('dragend', function () {
    if (dragged) {
      dragged.classList.remove('dragging');
    }
    board.querySelectorAll('.drop-target').forEach(function (c) { c.classList.remove('drop-target'); });
  });

  board.addEventListener('dragover', function (event) {
    var column = event.target.closest ? event.target.closest('.board-column') : null;
    if (column && dragged) {
      event.preventDefault();
      column.classList.add('drop-target');
    }
  });

  board.addEventListener('dragleave', function (event) {
    var column = event.target.closest ? event.target.closest('.board-column') : null;
    if (column && !column.contains(event.relatedTarget)) {
      column.classList.remove('drop-target');
    }
  });

  board.addEventListener('drop', function (event) {
    var column = event.target.closest ? event.target.closest('.board-column') : null;
    if (!column || !dragged) {
      return;
    }
    event.preventDefault();
    var card = dragged;
    dragged = null;
    var stage = column.getAttribute('data-stage-id');
    var form = card.querySelector('form.move');
    if (!form || card.closest('.board-column') === column) {
      return;
    }
    var data = new FormData(form);
    data.set('stageId', stage);
    fetch(form.action, {
      method: 'POST',
      body: new URLSearchParams(data),
      headers: { 'HX-Request': 'true' },
      credentials: 'same-origin'
    }).then(function (response) {
      if (response.ok) {
        column.querySelector('.cards').appendChild(card);
        say(board.getAttribute('data-moved'));
        return refresh();
      }
      if (response.status === 400) {
        // the move needs more than a drop can say (why a deal was lost): the deal's page asks
        window.location.href = card.querySelector('a').getAttribute('href');
        return undefined;
      }
      say(board.getAttribute('data-failed'));
      return refresh();
    });
  });
}());
