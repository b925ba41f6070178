package org.bulletins.catalog;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

@OpenAPIDefinition(info = @Info(title = "catalog-service", version = "1",
        description = "The catalog of bulletins and their documents: what we have, from where, since when."
                + " Every error is an RFC 7807 problem body (application/problem+json) naming the bad parameter."))
public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        Micronaut.run(Application.class, args);
    }
}
