package app.tandem.identity.security;

import app.tandem.identity.token.ApiTokenAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationFilter;
import org.springframework.security.web.webauthn.registration.PublicKeyCredentialCreationOptionsRepository;

/**
 * The one place where routes are opened or closed by role. Finer rules (whose data) live in
 * {@link app.tandem.identity.CareAccess}. Two chains: a stateless bearer-token chain for
 * {@code /api/v1/**} and a session chain with form login, passkeys (WebAuthn) and CSRF for the pages.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /** Public pages and assets that need no sign-in. */
    static final String[] PUBLIC = {
        "/",
        "/help",
        "/login",
        "/login/code",
        "/invitations/**",
        "/password/**",
        "/css/**",
        "/js/**",
        "/images/**",
        "/webjars/**",
        "/favicon.ico",
        "/manifest.webmanifest",
        "/sw.js",
        "/error",
        "/actuator/health",
        "/actuator/health/**",
        "/dev/mailbox",
        "/dev/mailbox/**",
        "/dev/components",
        "/p/**",
        "/bookings/manage/**",
        "/calendar/*.ics"
    };

    /** Public API routes: consultation slots and booking (rate-limited in the booking module). */
    static final String[] PUBLIC_API_POSTS = {
        "/api/v1/practices/*/bookings", "/api/v1/bookings/*/cancellation", "/api/v1/bookings/*/reschedule"
    };

    /** The token filter runs only inside the API chain, not as a servlet filter for every request. */
    @Bean
    FilterRegistrationBean<ApiTokenAuthenticationFilter> apiTokenFilterRegistration(ApiTokenAuthenticationFilter f) {
        FilterRegistrationBean<ApiTokenAuthenticationFilter> registration = new FilterRegistrationBean<>(f);
        registration.setEnabled(false);
        return registration;
    }

    @Bean
    AuthenticationManager authenticationManager(PasswordAuthenticationProvider passwords) {
        return new ProviderManager(passwords);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, ApiTokenAuthenticationFilter tokens, ProblemResponses problems)
            throws Exception {
        http.securityMatcher("/api/v1/**")
                .authorizeHttpRequests(a -> a.requestMatchers(HttpMethod.POST, "/api/v1/auth/tokens")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/practices/*/slots")
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, PUBLIC_API_POSTS)
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .addFilterBefore(tokens, AnonymousAuthenticationFilter.class)
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(c -> c.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .headers(h ->
                        h.contentSecurityPolicy(c -> c.policyDirectives("default-src 'none'; frame-ancestors 'none'")));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain docsChain(HttpSecurity http) throws Exception {
        // Swagger UI ships inline styles; everything else keeps the strict policy.
        http.securityMatcher("/api/docs", "/api/docs/**", "/api/swagger-ui/**", "/swagger-ui/**", "/v3/api-docs/**")
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(
                                "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                                        + "frame-ancestors 'none'"))
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain webChain(
            HttpSecurity http,
            SignInHandlers handlers,
            SecondFactorCheck secondFactor,
            PasskeyAuthenticationProvider passkeys,
            PublicKeyCredentialCreationOptionsRepository passkeyRegistrations)
            throws Exception {
        // Spring's passkey filter wants a UserDetailsService; ours is never asked (the provider is replaced below)
        http.setSharedObject(UserDetailsService.class, username -> {
            throw new UsernameNotFoundException("Passkeys sign in through PasskeyAuthenticationProvider");
        });
        http.addFilterAfter(new MfaEnrolmentGate(secondFactor), AuthorizationFilter.class)
                // Spring adds its registration filter after AuthorizationFilter when the chain is built, so this one
                // (same place, added first) wraps it
                .addFilterAfter(new PasskeyRegistrationErrors(), AuthorizationFilter.class)
                .authorizeHttpRequests(a -> a.requestMatchers(PUBLIC)
                        .permitAll()
                        .requestMatchers("/admin/**", "/actuator/prometheus")
                        .hasRole("ADMIN")
                        .requestMatchers("/therapist/**")
                        .hasRole("THERAPIST")
                        .requestMatchers("/client/**")
                        .hasRole("CLIENT")
                        .anyRequest()
                        .authenticated())
                .formLogin(f -> f.loginPage("/login")
                        .usernameParameter("email")
                        .passwordParameter("password")
                        .successHandler(handlers)
                        .failureHandler(handlers)
                        .permitAll())
                // the relying party (id, name, origins) is the PasskeyRelyingParty bean, configured by
                // tandem.passkeys.*
                .webAuthn(w -> w.disableDefaultRegistrationPage(true)
                        .creationOptionsRepository(passkeyRegistrations)
                        .withObjectPostProcessor(passkeySignIn(http, handlers, passkeys)))
                .logout(l -> l.logoutUrl("/logout")
                        .logoutSuccessUrl("/login?signedOut")
                        .deleteCookies("TANDEM_SESSION"))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(f -> f.deny())
                        .permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=()")));
        return http.build();
    }

    /** Passkey sign-in ends like a password sign-in: our principal, a new session id, the session rules. */
    private static ObjectPostProcessor<WebAuthnAuthenticationFilter> passkeySignIn(
            HttpSecurity http, SignInHandlers handlers, PasskeyAuthenticationProvider passkeys) {
        return new ObjectPostProcessor<>() {
            @Override
            public <O extends WebAuthnAuthenticationFilter> O postProcess(O filter) {
                filter.setAuthenticationManager(new ProviderManager(passkeys));
                filter.setAuthenticationSuccessHandler(handlers.passkeySuccess());
                filter.setAuthenticationFailureHandler(handlers::onPasskeyFailure);
                SessionAuthenticationStrategy sessions = http.getSharedObject(SessionAuthenticationStrategy.class);
                filter.setSessionAuthenticationStrategy(
                        sessions != null ? sessions : new ChangeSessionIdAuthenticationStrategy());
                return filter;
            }
        };
    }
}
