package app.tandem.site.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the OpenAPI document at /api/docs says about the API as a whole. */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    @Bean
    OpenAPI tandemApi() {
        return new OpenAPI()
                .info(new Info().title("Tandem API").version("v1").description("""
                        JSON API for native apps and integrations. Get a bearer token with
                        POST /api/v1/auth/tokens {"email","password"} and send it as
                        `Authorization: Bearer <token>`. Errors are RFC 9457 problem details."""))
                .components(new Components()
                        .addSecuritySchemes(
                                "bearer",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
