package app.tandem.screening.text;

/** Emoji that carry meaning for screening, read as the word the rules use for them. */
final class EmojiWords {

    private EmojiWords() {}

    /** The word for an emoji code point, or null when the emoji carries nothing the rules read. */
    static String word(int cp) {
        return switch (cp) {
            case 0x1F48A -> "pills";
            case 0x1F52A, 0x1F5E1 -> "knife";
            case 0x1F52B -> "gun";
            case 0x1FAA6 -> "grave";
            case 0x26B0 -> "coffin";
            case 0x26B1 -> "urn";
            case 0x1FAA2 -> "rope";
            case 0x1FA78 -> "blood";
            case 0x1FA92 -> "razor";
            case 0x1F489 -> "syringe";
            case 0x1F309 -> "bridge";
            // Laughing faces and the skull ("i'm dead 💀") mark humour in this register.
            case 0x1F602, 0x1F923, 0x1F480, 0x2620, 0x1F606, 0x1F639, 0x1F605 -> "lol";
            default -> null;
        };
    }
}
