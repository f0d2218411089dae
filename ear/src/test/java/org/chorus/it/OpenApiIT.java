package org.chorus.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The OpenAPI document describes every action of the REST API. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpenApiIT {

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.chorus();
  }

  @ArquillianResource URL base;

  @Test
  void everyActionIsDocumented() {
    Api.Reply doc = new Api(base, "carla").get("/openapi");
    assertEquals(200, doc.status());
    String yaml = doc.text();
    for (String path :
        List.of(
            "/api/appeals:",
            "/api/appeals/{id}/revisions:",
            "/api/appeals/{id}/segments/{key}/adaptable:",
            "/api/appeals/{id}/publications.zip:",
            "/api/localizations/{id}/due-date:",
            "/api/localizations/{id}/approvals:",
            "/api/localizations/{id}/assignments:",
            "/api/localizations/{id}/segments/{key}/translation:",
            "/api/localizations/{id}/segments/{key}/adaptation:",
            "/api/localizations/{id}/segments/{key}/submit:",
            "/api/localizations/{id}/segments/{key}/approve:",
            "/api/localizations/{id}/segments/{key}/reject:",
            "/api/localizations/{id}/segments/{key}/comments:",
            "/api/localizations/{id}/segments/{key}/history:",
            "/api/localizations/{id}/publications:",
            "/api/localizations/{id}/xliff:",
            "/api/publications/{id}/file:",
            "/api/feed:",
            "/api/sections:",
            "/api/sections/{id}:",
            "/api/sections/{id}/members:",
            "/api/memberships/{id}:",
            "/api/accounts:",
            "/api/accounts/{username}/coordinator:",
            "/api/settings:",
            "/api/assignments/{id}:",
            "/api/me/work:",
            "/api/glossary:",
            "/api/glossary/{id}:",
            "/api/glossary/tbx:",
            "/api/glossary/csv:",
            "/api/settings/checks:",
            "/api/localizations/{id}/checks:",
            "/api/localizations/{id}/segments/{key}/checks:",
            "/api/localizations/{id}/segments/{key}/terms:",
            "/api/localizations/{id}/segments/{key}/matches:",
            "/api/localizations/{id}/analysis:",
            "/api/appeals/{id}/analysis:",
            "/api/sections/{id}/memory:",
            "/api/memory/pairs:",
            "/api/memory/concordance:",
            "/api/memory/tmx:",
            "/api/memory/imports/{id}:")) {
      assertTrue(yaml.contains("  " + path), path + " is in the OpenAPI document");
    }
  }
}
