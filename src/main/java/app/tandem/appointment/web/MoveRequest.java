package app.tandem.appointment.web;

/** Moves an agenda item one place. */
record MoveRequest(Direction direction) {

    enum Direction {
        UP,
        DOWN
    }
}
