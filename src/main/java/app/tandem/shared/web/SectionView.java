package app.tandem.shared.web;

import java.util.Map;

/**
 * A rendered section: a Thymeleaf template that declares {@code th:fragment="section(model)"},
 * and the model it needs (e.g. template {@code checkin/home-section}). The page includes
 * {@code ~{template :: section(model)}}.
 */
public record SectionView(String template, Map<String, Object> model) {

    public SectionView {
        model = Map.copyOf(model);
    }
}
