package app.tandem.shared.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Links in pages are written as they are: Spring Boot's resource URL encoding filter is switched off.
 *
 * <p>The WebJars locator on the classpath turns Spring's resource chain on, and with it a filter that passes every
 * {@code @{...}} link of every page through the resource handlers. Static resources are served from {@code /**}, so
 * each link, {@code /therapist/clients/...} as much as {@code /css/tandem.css}, was looked up on the classpath in
 * four locations on every render; a missed lookup is not cached. On the 152-row caseload page this was a fifth of the
 * request's CPU (bench/caseload, JFR). Tandem uses no versioned resource URLs, so the filter had nothing to add:
 * WebJars paths without a version ({@code /webjars/htmx.org/dist/htmx.min.js}) are still resolved when requested,
 * by the resource chain itself.
 */
@Configuration(proxyBeanMethods = false)
class ResourceLinks {

    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration =
                new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setEnabled(false);
        return registration;
    }
}
