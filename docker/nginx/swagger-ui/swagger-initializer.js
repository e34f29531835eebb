// Rapport's Swagger UI: the three services' OpenAPI documents on one page, served by the gateway
// from the services themselves. All three name their security scheme "bearer", so a token
// authorized once is used for all three (and kept across reloads).
window.onload = function () {
  window.ui = SwaggerUIBundle({
    urls: [
      { url: "/openapi/profile-service.yaml", name: "profile-service" },
      { url: "/openapi/activity-service.yaml", name: "activity-service" },
      { url: "/openapi/recommendation-service.yaml", name: "recommendation-service" },
    ],
    "urls.primaryName": "profile-service",
    dom_id: "#swagger-ui",
    deepLinking: true,
    persistAuthorization: true,
    presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
    plugins: [SwaggerUIBundle.plugins.DownloadUrl],
    layout: "StandaloneLayout",
  });
};
