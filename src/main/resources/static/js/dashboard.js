// The dashboard's charts (dashboard.html): each canvas carries its figure as JSON in data-figure (the content
// security policy allows no inline script), and Chart.js, served from its WebJar, draws it. The table under each
// chart holds the same figures for screen readers and for anyone without JavaScript.
document.addEventListener('DOMContentLoaded', function () {
  if (typeof Chart === 'undefined') {
    return;
  }
  var palette = ['#2b5cb8', '#e07b39', '#3a9d5d', '#b8412b', '#7a5cb8', '#c9a227', '#2b9bb8', '#6b7280'];
  var lang = document.documentElement.lang || undefined;
  document.querySelectorAll('canvas[data-figure]').forEach(function (canvas) {
    var figure = JSON.parse(canvas.dataset.figure);
    var doughnut = figure.chart === 'doughnut';
    var stacked = figure.chart === 'stacked-bar';
    var line = figure.chart === 'line';
    var money = figure.unit && /^[A-Z]{3}$/.test(figure.unit);
    var format = function (value) {
      try {
        return Number(value).toLocaleString(lang, money ? { style: 'currency', currency: figure.unit } : {});
      } catch (e) {
        return Number(value).toLocaleString(lang);
      }
    };
    new Chart(canvas, {
      type: doughnut ? 'doughnut' : (line ? 'line' : 'bar'),
      data: {
        labels: figure.labels,
        datasets: figure.series.map(function (series, i) {
          var colour = palette[i % palette.length];
          return {
            label: series.name,
            data: series.values.map(Number),
            backgroundColor: doughnut ? figure.labels.map(function (label, j) { return palette[j % palette.length]; }) : colour,
            borderColor: doughnut ? '#fff' : colour,
            fill: false
          };
        })
      },
      options: {
        locale: lang,
        responsive: true,
        maintainAspectRatio: false,
        scales: doughnut ? {} : {
          x: { stacked: stacked },
          y: { stacked: stacked, beginAtZero: true, ticks: { callback: format } }
        },
        plugins: {
          legend: { display: doughnut || figure.series.length > 1 },
          tooltip: { callbacks: { label: function (item) { return (item.dataset.label ? item.dataset.label + ': ' : '') + format(item.raw); } } }
        }
      }
    });
  });
});
