// The query page: YASGUI on this server's endpoint; the example buttons load their query.
// Completion comes from this server only: the prefixes it writes (printed in the page) and the
// classes and properties of its ontology, asked once from its endpoint and matched against
// what is typed, as an IRI or as a word of a label. No outside service (prefix.cc, LOV).
(function () {
  var endpoint = window.location.origin + "/ctoc/sparql";
  var page = document.getElementById("completion");
  var prefixes = JSON.parse(page.dataset.prefixes);
  var termsQuery = page.textContent;
  var terms = null;

  function ontologyTerms() {
    if (!terms) {
      terms = fetch(endpoint, {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded", "Accept": "application/sparql-results+json" },
        body: "query=" + encodeURIComponent(termsQuery)
      }).then(function (r) {
        if (!r.ok) { throw new Error("the endpoint did not list the ontology's terms: " + r.status); }
        return r.json();
      }).then(function (json) {
        return json.results.bindings.map(function (b) {
          return { iri: b.term.value, kind: b.kind.value, label: b.label ? b.label.value.toLowerCase() : "" };
        });
      });
    }
    return terms;
  }

  function completer(kind) {
    return function (yasqe, token) {
      var typed = (token.autocompletionString || "").trim().toLowerCase();
      if (!typed) { return Promise.resolve([]); }
      return ontologyTerms().then(function (list) {
        return list.filter(function (t) {
          return t.kind === kind && (t.iri.toLowerCase().indexOf(typed) === 0 || t.label.indexOf(typed) >= 0);
        }).map(function (t) { return t.iri; });
      });
    };
  }

  Yasgui.Yasqe.forkAutocompleter("property", { name: "local-property", get: completer("property") }, false);
  Yasgui.Yasqe.forkAutocompleter("class", { name: "local-class", get: completer("class") }, false);

  var yasgui = new Yasgui(document.getElementById("yasgui"), {
    requestConfig: { endpoint: endpoint, method: "POST" },
    copyEndpointOnNewTab: true,
    yasqe: {
      autocompleters: ["prefixes", "variables", "local-property", "local-class"],
      // the prefixes autocompleter reads a JSON object of prefix to namespace from this URL
      prefixCcApi: "data:application/json," + encodeURIComponent(JSON.stringify(prefixes))
    }
  });
  document.querySelectorAll(".examples button").forEach(function (button) {
    button.addEventListener("click", function () {
      var query = button.nextElementSibling.textContent;
      var tab = yasgui.addTab(true, { name: button.dataset.name });
      tab.setQuery(query);
    });
  });
})();
