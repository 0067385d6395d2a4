package app.tandem.notification.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Serves {@code /dev/**} (the development mailbox shows one-time links) only to requests from this
 * computer. The address is the connection's, or a trusted proxy's forwarded one: never a header
 * anybody can send.
 */
class LoopbackOnlyFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(LoopbackOnlyFilter.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!isLoopback(request.getRemoteAddr())) {
            log.warn("Refused {} to a non-loopback address", request.getRequestURI());
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean isLoopback(String address) {
        if (address == null || address.isBlank() || !address.matches("[0-9a-fA-F:.%\\[\\]]+")) {
            return false; // only literal addresses: never resolve a name
        }
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        FilterRegistrationBean<LoopbackOnlyFilter> loopbackOnlyFilter() {
            FilterRegistrationBean<LoopbackOnlyFilter> registration =
                    new FilterRegistrationBean<>(new LoopbackOnlyFilter());
            registration.addUrlPatterns("/dev/*");
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
            return registration;
        }
    }
}
