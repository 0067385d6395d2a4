package app.tandem.screening.analysis;

/**
 * Whose experience a match describes, and the word that decided it.
 *
 * @param who the writer, another person, or no person at all ("that pass was suicidal")
 * @param word the deciding word, or empty when nothing decided and the writer is assumed
 */
record Subject(Who who, String word) {

    enum Who {
        SELF,
        OTHER,
        THING
    }

    static Subject assumedWriter() {
        return new Subject(Who.SELF, "");
    }

    boolean isWriter() {
        return who == Who.SELF;
    }

    /** The writer named in so many words ("i", "myself"), not only assumed. */
    boolean isNamedWriter() {
        return who == Who.SELF && !word.isEmpty();
    }
}
