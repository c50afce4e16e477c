// The API documentation page (/api/docs): Swagger UI on this server's OpenAPI document, nothing fetched elsewhere.
(function () {
  "use strict";
  var root = document.getElementById("swagger-ui");
  window.ui = SwaggerUIBundle({
    url: root.getAttribute("data-url"),
    dom_id: "#swagger-ui",
    deepLinking: true,
    validatorUrl: null,
    tryItOutEnabled: false
  });
})();
