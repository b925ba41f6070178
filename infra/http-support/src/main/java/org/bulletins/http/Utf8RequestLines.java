package org.bulletins.http;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.netty.channel.ChannelPipelineCustomizer;
import io.micronaut.http.server.netty.NettyServerCustomizer;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.HttpRequest;
import jakarta.inject.Singleton;

/**
 * Accepts request lines with raw UTF-8, as {@code curl 'localhost:8080/api/search?q=烟花爆竹'} sends them.
 * Netty reads the request line byte by byte into chars; strict URI parsing then rejects the non-ASCII ones.
 * Percent-encoding those bytes gives exactly the URI a browser would have sent.
 */
@Singleton
public class Utf8RequestLines implements BeanCreatedEventListener<NettyServerCustomizer.Registry> {

    @Override
    public NettyServerCustomizer.Registry onCreated(BeanCreatedEvent<NettyServerCustomizer.Registry> event) {
        event.getBean().register(new Customizer(null));
        return event.getBean();
    }

    /** Percent-encodes every char above 0x7F (each one byte of the raw request line); ASCII stays as it is. */
    public static String encodeNonAscii(String uri) {
        StringBuilder encoded = null;
        for (int i = 0; i < uri.length(); i++) {
            char c = uri.charAt(i);
            if (c > 0x7F) {
                if (encoded == null) {
                    encoded = new StringBuilder(uri.length() + 16).append(uri, 0, i);
                }
                encoded.append('%').append(Character.toUpperCase(Character.forDigit((c >> 4) & 0xF, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            } else if (encoded != null) {
                encoded.append(c);
            }
        }
        return encoded == null ? uri : encoded.toString();
    }

    private record Customizer(Channel channel) implements NettyServerCustomizer {

        @Override
        public NettyServerCustomizer specializeForChannel(Channel channel, ChannelRole role) {
            return new Customizer(channel);
        }

        @Override
        public void onStreamPipelineBuilt() {
            if (channel != null && channel.pipeline().get(ChannelPipelineCustomizer.HANDLER_HTTP_SERVER_CODEC) != null) {
                channel.pipeline().addAfter(ChannelPipelineCustomizer.HANDLER_HTTP_SERVER_CODEC, "utf8-request-line",
                        new RequestLineEncoder());
            }
        }
    }

    @ChannelHandler.Sharable
    private static final class RequestLineEncoder extends ChannelInboundHandlerAdapter {
        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            if (msg instanceof HttpRequest request) {
                request.setUri(encodeNonAscii(request.uri()));
            }
            ctx.fireChannelRead(msg);
        }
    }
}
