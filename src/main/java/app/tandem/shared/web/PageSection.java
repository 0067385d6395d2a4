package app.tandem.shared.web;

import app.tandem.shared.CurrentUser;
import app.tandem.shared.UserId;
import java.util.Optional;

/**
 * A part of a composed page contributed by a module, so pages like the client's home or the
 * therapist's view of a client show every capability without the page knowing them. A module
 * declares a bean per section; the page renders each section's fragment in {@link #order()}.
 */
public interface PageSection {

    /** The composed pages sections can go on. */
    enum Page {
        /** The client's home ("Today"): what is due, quick actions. Subject = the client. */
        CLIENT_HOME,
        /**
         * Rows of the one "Due today" list on the client's Today (questionnaires, homework, habits): the fragment
         * renders {@code li} elements only, and a module with nothing due renders nothing. Subject = the client.
         */
        CLIENT_HOME_DUE,
        /** The therapist's page for one client. Subject = the client; access already checked. */
        THERAPIST_CLIENT,
        /**
         * Facts in the header of the therapist's page for one client (next session, open alerts): each section's
         * fragment renders one {@code li}, a few words with a link to the details further down or elsewhere.
         */
        THERAPIST_CLIENT_HEADER,
        /**
         * Ways reminders reach the client, on the client's habits page next to quiet hours and the calendar feed
         * (phone notifications). Subject = the client.
         */
        CLIENT_REMINDERS
    }

    Page page();

    /** Lower first. Foundation uses 100s; safety 10 (always on top); others 200-900. */
    int order();

    /** The section for {@code viewer} about {@code subject}, or empty when it has nothing to show. */
    Optional<SectionView> render(CurrentUser viewer, UserId subject);

    /** A section that is only its rendering, for a module that declares it as a {@code @Bean} method. */
    static PageSection of(Page page, int order, Renderer renderer) {
        return new Simple(page, order, renderer);
    }

    /** What {@link #render} does, for {@link #of}. */
    @FunctionalInterface
    interface Renderer {
        Optional<SectionView> render(CurrentUser viewer, UserId subject);
    }

    /** The section {@link #of} returns. */
    record Simple(Page page, int order, Renderer renderer) implements PageSection {

        @Override
        public Optional<SectionView> render(CurrentUser viewer, UserId subject) {
            return renderer.render(viewer, subject);
        }
    }
}
