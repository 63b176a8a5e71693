// The query page: YASGUI on this server's endpoint; the example buttons load their query.
(function () {
  var yasgui = new Yasgui(document.getElementById("yasgui"), {
    requestConfig: { endpoint: window.location.origin + "/ctoc/sparql", method: "POST" },
    copyEndpointOnNewTab: true
  });
  document.querySelectorAll(".examples button").forEach(function (button) {
    button.addEventListener("click", function () {
      var query = button.nextElementSibling.textContent;
      var tab = yasgui.addTab(true, { name: button.dataset.name });
      tab.setQuery(query);
    });
  });
})();
