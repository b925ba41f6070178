package org.bulletins.search.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.net.URI;

@Factory
class ElasticsearchClientFactory {

    @Singleton
    @Bean(preDestroy = "close")
    Rest5Client restClient(@Value("${elasticsearch.url}") String url) {
        return Rest5Client.builder(URI.create(url)).build();
    }

    @Singleton
    ElasticsearchClient elasticsearchClient(Rest5Client restClient) {
        return new ElasticsearchClient(new Rest5ClientTransport(restClient, new JacksonJsonpMapper()));
    }
}
