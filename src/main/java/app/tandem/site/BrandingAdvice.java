package app.tandem.site;

import app.tandem.practice.PracticeView;
import app.tandem.practice.Practices;
import app.tandem.shared.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Puts the practice branding and the signed-in user into the model of every rendered page. Done
 * after the handler and only when a view is rendered, so JSON API calls pay no practice lookup.
 */
@Configuration(proxyBeanMethods = false)
class BrandingAdvice implements WebMvcConfigurer, HandlerInterceptor {

    private final Practices practices;

    BrandingAdvice(Practices practices) {
        this.practices = practices;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public void postHandle(
            HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView page) {
        if (page == null || page.getViewName() == null || page.getViewName().startsWith("redirect:")) {
            return;
        }
        page.addObject("branding", branding());
        page.addObject("currentUser", CurrentUser.current().orElse(null));
        // the tab bar marks where the person is
        page.addObject(
                "currentPath",
                request.getRequestURI().substring(request.getContextPath().length()));
    }

    private Branding branding() {
        Optional<PracticeView> practice = CurrentUser.current()
                .flatMap(u -> practices.find(u.practiceId()))
                .or(practices::defaultPractice);
        return practice.map(p -> new Branding(p.name(), p.slug())).orElse(Branding.TANDEM);
    }
}
