package org.chorus.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API, under /api. Its OpenAPI document is served at /openapi. */
@ApplicationPath("/api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Chorus API",
            version = "1",
            description =
                "Appeals, localizations, review and publications. Sign in with a personal"
                    + " access token (Authorization: Bearer, made on My account or with POST"
                    + " /api/me/tokens) or HTTP Basic."),
    security = {@SecurityRequirement(name = "token"), @SecurityRequirement(name = "basic")})
@SecurityScheme(securitySchemeName = "token", type = SecuritySchemeType.HTTP, scheme = "bearer")
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class ApiApplication extends Application {}
